"""
The pure core of chat completion streaming: bytes in, chunk dicts (or runtime events) out, and a
snapshot shaped exactly like a non-streamed chat completion.

`ChatStreamState` does no I/O. The shells in `_streaming.py` hand it each network chunk
(`feed` / `feed_events`) and call `end()` when the body is over.

Tolerances (providers differ): chunks without `object`, `role` repeated in every chunk, tool-call
`id` / `name` / `type` repeated in later deltas (kept from the first, never concatenated), chunks
with empty `choices` (the usage chunk), `finish_reason` on a chunk that also carries content,
missing or null delta fields, choices of n > 1 interleaved, a missing tool-call `index`, and no
`[DONE]` when every choice has finished. Unknown string delta fields are concatenated into the
message; other unknown fields keep their last value.

What providers add (see tests/fixtures/providers/):

- reasoning text as `delta.reasoning_content` or `delta.reasoning`: the first of the two a choice
  uses gives `reasoning.delta` / `reasoning.done` events, and the message keeps the whole text
  under that same key;
- usage where the provider puts it: top-level `usage` (OpenAI and most), else `choices[i].usage`
  (Moonshot), else `x_groq.usage` (Groq);
- Azure's content-filter chunks: an empty `id` / `object` / `model` and `created: 0` (the header
  is taken from the first chunk that has one), `prompt_filter_results` with `choices: []`, and
  choices with `content_filter_results` but no `delta`. Unknown top-level and choice keys keep their
  last non-null value in the snapshot, so the filter results reach the final completion;
- an error carried in a chunk (`error`, or MiniMax's `base_resp` with a non-zero `status_code`),
  and a 2xx body that is one JSON error instead of an event stream: raised as APIError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, NoReturn, TypeVar

from .._errors_map import error_from_body
from .._exceptions import APIError, StreamError
from .errors import api_error_from_payload, decode_json_data, shorten
from .events import (
    ChatStreamEvent,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
    ReasoningDeltaEvent,
    ReasoningDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
    TextBuffer,
)
from .shapes import ShapeDecoder
from .sse import ServerSentEvent, SSEDecoder

__all__ = ["ChatStreamState", "content_delta"]

T = TypeVar("T")
Events = list[ChatStreamEvent]

# The delta keys providers use for reasoning text (DESIGN §8).
_REASONING_KEYS = frozenset({"reasoning_content", "reasoning"})
# Chunk and choice keys the fold reads itself; any other key is kept as the provider sent it.
_CHUNK_KEYS = frozenset(
    {"id", "object", "created", "model", "choices", "usage", "system_fingerprint", "service_tier"}
)
_CHOICE_KEYS = frozenset({"index", "delta", "message", "logprobs", "finish_reason"})
# How much of a body with no event in it is kept to report what it was (an error as JSON).
_HEAD_LIMIT = 65536


class _ToolCall:
    __slots__ = ("arguments", "closed", "id", "index", "name", "type")

    def __init__(self, index: int) -> None:
        self.index = index
        self.id: str | None = None
        self.type: str | None = None
        self.name: str | None = None
        self.arguments = TextBuffer()
        self.closed = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id or "",
            "type": self.type or "function",
            "function": {"name": self.name or "", "arguments": self.arguments.text()},
        }


class _Choice:
    __slots__ = (
        "closed",
        "content",
        "extras",
        "finish_reason",
        "index",
        "logprobs_content",
        "logprobs_refusal",
        "others",
        "reasoning",
        "reasoning_key",
        "refusal",
        "role",
        "tool_calls",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.role: str | None = None
        self.content = TextBuffer()
        self.refusal = TextBuffer()
        self.tool_calls: dict[int, _ToolCall] = {}
        self.logprobs_content: list[Any] | None = None
        self.logprobs_refusal: list[Any] | None = None
        self.finish_reason: str | None = None
        self.extras: dict[str, Any] | None = None  # unknown delta keys: the message's
        self.others: dict[str, Any] | None = None  # unknown choice keys (content_filter_results)
        self.reasoning_key: str | None = None  # "reasoning_content" or "reasoning", first seen
        self.reasoning: TextBuffer | None = None
        self.closed = False  # its done events were emitted

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] = {
            "role": self.role or "assistant",
            "content": self.content.text() if self.content.parts else None,
            "refusal": self.refusal.text() if self.refusal.parts else None,
        }
        if self.extras:
            for key, value in self.extras.items():
                message[key] = value.text() if isinstance(value, TextBuffer) else value
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[i].to_dict() for i in sorted(self.tool_calls)]
        logprobs = None
        if self.logprobs_content is not None or self.logprobs_refusal is not None:
            logprobs = {
                "content": _copy(self.logprobs_content),
                "refusal": _copy(self.logprobs_refusal),
            }
        result = {
            "index": self.index,
            "message": message,
            "logprobs": logprobs,
            "finish_reason": self.finish_reason,
        }
        if self.others:
            result.update(self.others)
        return result


def _copy(items: list[Any] | None) -> list[Any] | None:
    return None if items is None else list(items)


class ChatStreamState(Generic[T]):
    """
    Fold a chat completion stream into its completion, emitting runtime events on request.

    Args:
        chunk_factory: Turns a chunk dict into the typed chunk carried by `chunk` events; only
            `feed_events` uses it.
        request_id: The response's request id, attached to errors the stream reports.
        defer_chunks: Build each `chunk` event's typed chunk when it is first read
            (`ChunkEvent.deferred`); only for a factory that cannot fail on a JSON object.
    """

    def __init__(
        self,
        chunk_factory: Callable[[dict[str, Any]], T] | None = None,
        *,
        request_id: str | None = None,
        defer_chunks: bool = False,
    ) -> None:
        self._decoder = SSEDecoder()
        self._shapes = ShapeDecoder()
        self._chunk_factory = chunk_factory
        self._defer_chunks = defer_chunks and chunk_factory is not None
        self._request_id = request_id
        self._choices: dict[int, _Choice] = {}
        self._header: dict[str, Any] = {"id": None, "created": None, "model": None}
        self._header_missing = True
        self._tail: dict[str, Any] = {}  # usage, system_fingerprint, service_tier: last wins
        self._choice_usage: Any = None  # Moonshot: usage inside the finishing choice
        self._head: bytearray | None = bytearray()  # the body's start, until a chunk arrives
        self.chunk_count = 0
        self.done = False  # `data: [DONE]` arrived; later bytes are ignored

    # -- bytes in -------------------------------------------------------------------------------

    def feed(self, raw: bytes) -> list[dict[str, Any]]:
        """
        Decode one network chunk and fold the chunks it completes.

        Args:
            raw: The next bytes of the body.

        Returns:
            The chunk dicts completed by these bytes, in order.

        Raises:
            APIError: The stream reported an error.
            StreamError: The data is not a JSON object.
        """
        if self._head is not None:
            self._keep_head(raw)
        datas = self._decoder.plain_data(raw)
        if datas is None:
            return self._feed_general(raw)
        out: list[dict[str, Any]] = []
        for data in datas:
            if self.done:
                break
            chunk = self._chunk_of(data)
            if chunk is not None:
                self.fold(chunk)
                out.append(chunk)
        return out

    def _feed_general(self, raw: bytes) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if self.done:
            return out
        for sse in self._decoder.feed(raw):
            chunk = self._read(sse)
            if chunk is not None:
                self.fold(chunk)
                out.append(chunk)
            elif self.done:
                break
        return out

    def feed_events(self, raw: bytes) -> Events:
        """
        Decode one network chunk into runtime events (see `_stream_events` for their order).

        Raises:
            APIError: The stream reported an error.
            StreamError: The data is not a JSON object.
        """
        events: Events = []
        if self.done:
            return events
        if self._head is not None:
            self._keep_head(raw)
        factory = self._chunk_factory
        # Plain `data:` events skip the ServerSentEvent objects (as `feed` does); lazily mapped,
        # so nothing after `[DONE]` is decoded.
        datas = self._decoder.plain_data(raw)
        chunks = (
            map(self._chunk_of, datas)
            if datas is not None
            else map(self._read, self._decoder.feed(raw))
        )
        deferred = ChunkEvent.deferred if self._defer_chunks else None
        for chunk in chunks:
            if chunk is not None:
                if deferred is not None and factory is not None:
                    events.append(deferred(chunk, factory))
                else:
                    events.append(ChunkEvent(factory(chunk) if factory is not None else chunk))
                self.fold(chunk, events)
            elif self.done:
                self.close_choices(events)
                break
        return events

    def end(self, events: Events | None = None) -> None:
        """
        Check the stream at the end of its body.

        Args:
            events: Where to put the done events of choices that are still open, if any.

        Raises:
            StreamError: Neither `[DONE]` arrived nor had every choice a finish_reason.
        """
        self._decoder.end()
        if self.done:
            return
        if self.chunk_count == 0 and self._head:
            self._raise_for_body(bytes(self._head))
        if not self.is_complete:
            open_choices = sorted(i for i, c in self._choices.items() if c.finish_reason is None)
            raise StreamError(
                f"The stream ended before completion: no [DONE] after {self.chunk_count} chunk(s) "
                f"and choice(s) {open_choices} have no finish_reason. The connection was probably "
                "cut; retry the request."
            )
        if events is not None:
            self.close_choices(events)

    @property
    def is_complete(self) -> bool:
        """Whether the stream ended properly: `[DONE]`, or a finish_reason on every choice."""
        if self.done:
            return True
        choices = self._choices.values()
        return bool(choices) and all(c.finish_reason is not None for c in choices)

    def _keep_head(self, raw: bytes) -> None:
        head = self._head
        if head is None:
            return
        if self.chunk_count:
            self._head = None
        elif len(head) < _HEAD_LIMIT:
            head += raw[: _HEAD_LIMIT - len(head)]

    def _raise_for_body(self, head: bytes) -> None:
        """Raise for a body that had no event in it: an error sent as plain JSON, or not a stream."""
        text = head.decode("utf-8", "replace").strip()
        if text.startswith("error:"):
            text = text[6:].strip()  # llama.cpp writes a failed stream's error as an `error:` line
        try:
            data = json.loads(text)
        except ValueError:
            return  # not JSON: the caller reports an unfinished stream
        error: APIError | None = None
        if isinstance(data, dict):
            if data.get("error") is not None:
                error = api_error_from_payload(data, request_id=self._request_id)
            else:
                error = error_from_body(data, request_id=self._request_id)
        elif isinstance(data, list) and data and isinstance(data[0], dict):
            error = api_error_from_payload(data[0], request_id=self._request_id)
        if isinstance(data, dict) and error is None and "code" in data and "message" in data:
            error = api_error_from_payload(data, request_id=self._request_id)
        if error is not None:
            raise error
        raise StreamError(
            f"Expected an event stream, got a JSON body: {shorten(text)!r}. The server may not "
            "support streaming for this request."
        )

    def _read(self, sse: ServerSentEvent) -> dict[str, Any] | None:
        if sse.event == "error" and sse.data != "[DONE]":
            raise api_error_from_payload(decode_json_data(sse.data), request_id=self._request_id)
        return self._chunk_of(sse.data)

    def _chunk_of(self, data: str) -> dict[str, Any] | None:
        """Decode one event's data: a chunk dict, or None for `[DONE]` and keep-alives."""
        if data == "[DONE]":
            self.done = True
            return None
        if not data or data.isspace():
            return None
        chunk = self._shapes.decode(data)
        if type(chunk) is not dict:
            raise StreamError(
                f"Expected a JSON object in the stream's data line, got {shorten(data)!r}."
            )
        if chunk.get("error") is not None:
            raise api_error_from_payload(chunk, request_id=self._request_id)
        if "base_resp" in chunk:
            error = error_from_body(chunk, request_id=self._request_id)
            if error is not None:
                raise error
        return chunk

    # -- folding --------------------------------------------------------------------------------

    def fold(self, chunk: dict[str, Any], events: Events | None = None) -> None:
        """
        Fold one chunk dict into the snapshot.

        Args:
            chunk: A decoded `chat.completion.chunk`.
            events: If given, the runtime events this chunk causes are appended to it.

        Raises:
            StreamError: The chunk does not have the shape of a chat.completion.chunk.
        """
        self.chunk_count += 1
        if self._header_missing:
            self._read_header(chunk)
        get = chunk.get
        tail = self._tail
        usage = get("usage")
        if usage is not None:
            tail["usage"] = usage
        fingerprint = get("system_fingerprint")
        if fingerprint is not None:
            tail["system_fingerprint"] = fingerprint
        tier = get("service_tier")
        if tier is not None:
            tail["service_tier"] = tier
        if not chunk.keys() <= _CHUNK_KEYS:  # a subset test allocates nothing
            for key in chunk.keys() - _CHUNK_KEYS:
                value = chunk[key]
                if value is not None:
                    tail[key] = value  # x_groq, prompt_filter_results, ...: last wins
        choices = get("choices")
        if not choices:
            return
        # A try costs nothing until it catches (Python 3.11+), and a chunk of the wrong shape
        # ({"choices": [null]}, "delta": "x", ...) fails on the first operation it does not
        # support: well-formed chunks pay no per-field checks, and no extra call.
        try:
            for choice in choices:
                self._fold_choice(choice, events)
        except (AttributeError, TypeError, KeyError, ValueError) as exc:
            raise StreamError(
                f"Expected a chat.completion.chunk, got {shorten(repr(chunk))} "
                f"({type(exc).__name__}: {exc}). The provider may send a shape this SDK does "
                "not know; report it with the chunk above."
            ) from exc

    def _read_header(self, chunk: dict[str, Any]) -> None:
        # Azure's first chunk has id "", model "" and created 0: the next chunk's values count.
        header = self._header
        for key in header:
            if not header[key]:
                header[key] = chunk.get(key)
        self._header_missing = not all(header.values())

    def _fold_choice(self, data: dict[str, Any], events: Events | None) -> None:
        index = data.get("index") or 0
        choice = self._choices.get(index)
        if choice is None:
            _check_index(index, "choice")
            choice = self._choices[index] = _Choice(index)
        delta = data.get("delta")
        if delta:
            for key, value in delta.items():
                if value is None:
                    continue
                if key == "content":
                    if type(value) is not str:
                        if type(value) is list:
                            _fold_content_parts(choice, value, events)
                            continue
                        _not_text(key, value)
                    choice.content.parts.append(value)
                    if events is not None and value:
                        events.append(ContentDeltaEvent(index, value, choice.content))
                elif key == "tool_calls":
                    self._fold_tool_calls(choice, value, events)
                elif key == "refusal":
                    if type(value) is not str:
                        _not_text(key, value)
                    choice.refusal.parts.append(value)
                    if events is not None and value:
                        events.append(RefusalDeltaEvent(index, value, choice.refusal))
                elif key == "role":
                    choice.role = choice.role or value
                elif key in _REASONING_KEYS and (choice.reasoning_key or key) == key:
                    _fold_reasoning(choice, key, value, events)
                else:
                    _fold_extra(choice, key, value)
        if not data.keys() <= _CHOICE_KEYS:
            for key in data.keys() - _CHOICE_KEYS:
                self._fold_other(choice, key, data[key])
        logprobs = data.get("logprobs")
        if logprobs:
            _fold_logprobs(choice, logprobs, events)
        finish_reason = data.get("finish_reason")
        if finish_reason is not None:
            choice.finish_reason = finish_reason
            if events is not None:
                _close_choice(choice, events)

    def _fold_other(self, choice: _Choice, key: str, value: Any) -> None:
        if value is None:
            return
        others = choice.others
        if others is None:
            others = choice.others = {}
        others[key] = value
        if key == "usage":
            self._choice_usage = value

    def _fold_tool_calls(self, choice: _Choice, deltas: list[Any], events: Events | None) -> None:
        calls = choice.tool_calls
        for delta in deltas:
            index = delta.get("index")
            if index is None:
                index = _guess_tool_index(calls, delta.get("id"))
            call = calls.get(index)
            if call is None:
                _check_index(index, "tool call")
                if events is not None:
                    _close_tool_calls(choice, events)
                call = calls[index] = _ToolCall(index)
            call.id = call.id or delta.get("id")
            call.type = call.type or delta.get("type")
            function = delta.get("function")
            if function:
                call.name = call.name or function.get("name")
                arguments = function.get("arguments")
                if arguments:
                    if type(arguments) is not str:
                        _not_text("arguments", arguments)
                    call.arguments.parts.append(arguments)
                    if events is not None:
                        events.append(
                            FunctionToolCallArgumentsDeltaEvent(
                                choice.index, index, call.name or "", arguments, call.arguments
                            )
                        )

    def close_choices(self, events: Events) -> None:
        """Append the done events of every choice that has not had them yet, by index."""
        for index in sorted(self._choices):
            _close_choice(self._choices[index], events)

    # -- the result -----------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """
        Return the completion so far as a dict shaped like a non-streamed chat completion.

        `ChatCompletion.from_dict(state.snapshot())` works once the stream is complete.
        """
        header = self._header
        result: dict[str, Any] = {
            "id": header["id"] or "",
            "object": "chat.completion",
            "created": header["created"] or 0,
            "model": header["model"] or "",
            "choices": [self._choices[i].to_dict() for i in sorted(self._choices)],
        }
        for key, value in self._tail.items():
            result[key] = dict(value) if isinstance(value, dict) else value
        if "usage" not in result:
            usage = self._choice_usage or _groq_usage(result.get("x_groq"))
            if usage is not None:
                result["usage"] = dict(usage) if isinstance(usage, dict) else usage
        return result


def _not_text(key: str, value: Any) -> NoReturn:
    """Refuse a text delta that is not a string (the parts are joined later, by snapshot())."""
    raise TypeError(f"expected a string {key!r} delta, got {type(value).__name__}")


def _check_index(index: Any, what: str) -> None:
    """Refuse a new choice or tool-call index that is not an int (snapshot() sorts them)."""
    if type(index) is not int:
        raise TypeError(f"expected an integer {what} index, got {shorten(repr(index))}")


def _groq_usage(x_groq: Any) -> Any:
    return x_groq.get("usage") if isinstance(x_groq, dict) else None


def _fold_reasoning(choice: _Choice, key: str, value: Any, events: Events | None) -> None:
    if type(value) is not str:
        _not_text(key, value)
    buffer = choice.reasoning
    if buffer is None:
        buffer = choice.reasoning = TextBuffer()
        choice.reasoning_key = key
        extras = choice.extras
        if extras is None:
            extras = choice.extras = {}
        extras[key] = buffer  # the message keeps the text under the provider's key
    buffer.parts.append(value)
    if events is not None and value:
        events.append(ReasoningDeltaEvent(choice.index, value, buffer, key))


def _fold_content_parts(choice: _Choice, parts: list[Any], events: Events | None) -> None:
    # Mistral's reasoning models stream `content` as typed parts: {"type": "text", "text"} and
    # {"type": "thinking", "thinking": [{"type": "text", "text"}]}. Text joins the content; the
    # thinking is reasoning (kept as `reasoning` on the message unless the stream used another key).
    for part in parts:
        kind = part.get("type")
        if kind == "text":
            text = part.get("text")
            if type(text) is not str:
                _not_text("content", text)
            choice.content.parts.append(text)
            if events is not None and text:
                events.append(ContentDeltaEvent(choice.index, text, choice.content))
        elif kind == "thinking":
            for inner in part.get("thinking") or ():
                if inner.get("type") == "text":
                    key = choice.reasoning_key or "reasoning"
                    _fold_reasoning(choice, key, inner.get("text"), events)


def _fold_extra(choice: _Choice, key: str, value: Any) -> None:
    extras = choice.extras
    if extras is None:
        extras = choice.extras = {}
    if isinstance(value, str):
        buffer = extras.get(key)
        if not isinstance(buffer, TextBuffer):
            buffer = extras[key] = TextBuffer()
        buffer.parts.append(value)
    else:
        extras[key] = value


def _fold_logprobs(choice: _Choice, logprobs: dict[str, Any], events: Events | None) -> None:
    content = logprobs.get("content")
    if content is not None:
        if choice.logprobs_content is None:
            choice.logprobs_content = []
        choice.logprobs_content.extend(content)
        if events is not None and content:
            events.append(LogprobsContentDeltaEvent(choice.index, content, choice.logprobs_content))
    refusal = logprobs.get("refusal")
    if refusal is not None:
        if choice.logprobs_refusal is None:
            choice.logprobs_refusal = []
        choice.logprobs_refusal.extend(refusal)
        if events is not None and refusal:
            events.append(LogprobsRefusalDeltaEvent(choice.index, refusal, choice.logprobs_refusal))


def _guess_tool_index(calls: dict[int, _ToolCall], call_id: str | None) -> int:
    """Place a tool-call delta without `index`: a new id opens a call, else the last one grows."""
    if not calls:
        return 0
    if call_id is not None and all(c.id != call_id for c in calls.values()):
        return max(calls) + 1
    return max(calls)


def _close_tool_calls(choice: _Choice, events: Events) -> None:
    for index in sorted(choice.tool_calls):
        call = choice.tool_calls[index]
        if not call.closed:
            call.closed = True
            events.append(
                FunctionToolCallArgumentsDoneEvent(
                    choice.index, index, call.name or "", call.arguments.text()
                )
            )


def _close_choice(choice: _Choice, events: Events) -> None:
    if choice.closed:
        return
    choice.closed = True
    index = choice.index
    if choice.reasoning is not None and choice.reasoning_key is not None:
        reasoning = choice.reasoning.text()
        if reasoning:
            events.append(ReasoningDoneEvent(index, reasoning, choice.reasoning_key))
    content = choice.content.text()
    if content:
        events.append(ContentDoneEvent(index, content))
    refusal = choice.refusal.text()
    if refusal:
        events.append(RefusalDoneEvent(index, refusal))
    _close_tool_calls(choice, events)
    if choice.logprobs_content is not None:
        events.append(LogprobsContentDoneEvent(index, list(choice.logprobs_content)))
    if choice.logprobs_refusal is not None:
        events.append(LogprobsRefusalDoneEvent(index, list(choice.logprobs_refusal)))


def content_delta(chunk: dict[str, Any], choice_index: int = 0) -> str | None:
    """Return the content text a chunk dict adds to choice `choice_index`, or None."""
    for choice in chunk.get("choices") or ():
        if (choice.get("index") or 0) == choice_index:
            delta = choice.get("delta")
            content = delta.get("content") if delta else None
            return content if isinstance(content, str) and content else None
    return None
