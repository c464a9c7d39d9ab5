"""
Assistants runs streamed (`stream: true` on runs and thread runs): a pure state that folds the
named events (`thread.run.created`, `thread.message.delta`, `thread.run.step.delta`, ...) into the
run, its messages and its run steps, and `AssistantStream` / `AsyncAssistantStream` shells.

The SSE `event:` field names each event; iterating yields `AssistantStreamEvent(type, data)`.
Deltas are merged into the object with the same id: list items by their `index`; `value`,
`arguments`, `input` and `output` strings concatenated (joined once, when read); `id`, `type` and
`name` kept from their first arrival; other fields take their latest value.

Failure is loud: `event: error` and `thread.run.failed` raise APIError; a body that ends without
`[DONE]` and without a run reaching a final or paused state raises StreamError.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from .._exceptions import StreamError
from .._model_build import load_model, model_factory, strict_for
from .errors import api_error_from_payload, shorten
from .event_dict import EventDict, decode_event_data
from .events import TextBuffer
from .shell import AsyncStreamShell, StreamReader, StreamShell
from .sse import SSEDecoder

if TYPE_CHECKING:
    from .._generated.models.message_object import MessageObject
    from .._generated.models.run_step_object import RunStepObject

__all__ = [
    "AssistantStream",
    "AssistantStreamEvent",
    "AssistantStreamState",
    "AsyncAssistantStream",
]

_RUN_ENDS = frozenset(
    {
        "thread.run.completed",
        "thread.run.incomplete",
        "thread.run.cancelled",
        "thread.run.expired",
        "thread.run.requires_action",
    }
)
_CONCAT = frozenset({"value", "arguments", "input", "output"})
_KEEP_FIRST = frozenset({"id", "type", "name"})


class AssistantStreamEvent:
    """
    One event of an assistants stream: its `type` (the SSE event name, also read as `event`, the
    official SDK's name) and its JSON `data`, an `EventDict` (`event.data.id`, `event.data["id"]`).
    """

    __slots__ = ("data", "type")

    def __init__(self, type: str, data: dict[str, Any]) -> None:
        self.type = type
        self.data: EventDict = data if isinstance(data, EventDict) else EventDict(data)

    @property
    def event(self) -> str:
        """The SSE event name (`thread.run.created`, ...): `type` under the official SDK's name."""
        return self.type

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AssistantStreamEvent):
            return NotImplemented
        return (self.type, self.data) == (other.type, other.data)

    __hash__ = None  # type: ignore[assignment]  # holds a dict

    def __repr__(self) -> str:
        return f"AssistantStreamEvent(type={self.type!r}, data={shorten(repr(self.data), 120)})"


class AssistantStreamState:
    """
    Fold an assistants event stream into the thread, run, messages and run steps. Does no I/O.

    Args:
        request_id: The response's request id, attached to errors the stream reports.
    """

    def __init__(self, *, request_id: str | None = None) -> None:
        self._decoder = SSEDecoder()
        self._request_id = request_id
        self.thread: dict[str, Any] | None = None
        self._run: dict[str, Any] | None = None
        self._messages: dict[str, dict[str, Any]] = {}
        self._steps: dict[str, dict[str, Any]] = {}
        self.done = False  # `[DONE]` arrived
        self.run_ended = False  # the run reached a final or paused state

    @property
    def is_complete(self) -> bool:
        """Whether the stream ended properly: `[DONE]` or a run in a final or paused state."""
        return self.done or self.run_ended

    def feed(self, raw: bytes) -> list[AssistantStreamEvent]:
        """
        Decode one network chunk into events and fold them.

        Raises:
            APIError: An error event or `thread.run.failed` arrived.
            StreamError: The data is not a JSON object.
        """
        out: list[AssistantStreamEvent] = []
        for sse in self._decoder.feed(raw):
            if self.done:
                break
            if sse.data == "[DONE]":
                self.done = True
                break
            data = decode_event_data(sse.data) if sse.data.strip() else None
            if sse.event == "error":
                raise api_error_from_payload(data, request_id=self._request_id)
            if type(data) is not EventDict:
                raise StreamError(f"Expected a JSON event object, got {shorten(sse.data)!r}.")
            event = AssistantStreamEvent(sse.event or str(data.get("object", "")), data)
            self.fold(event)
            out.append(event)
        return out

    def end(self) -> list[AssistantStreamEvent]:
        """
        Check the stream at the end of its body.

        Raises:
            StreamError: Neither `[DONE]` arrived nor did the run reach a final or paused state.
        """
        self._decoder.end()
        if not self.is_complete:
            status = None if self._run is None else self._run.get("status")
            raise StreamError(
                "The stream ended before completion: no [DONE] and the run is not finished "
                f"(last status {status!r}). The connection was probably cut; retry or poll the run."
            )
        return []

    def fold(self, event: AssistantStreamEvent) -> None:
        """Fold one event into the snapshot."""
        kind, data = event.type, event.data
        if kind.startswith("thread.run.step."):
            self._fold_object(self._steps, kind, data)
        elif kind.startswith("thread.message."):
            self._fold_object(self._messages, kind, data)
        elif kind.startswith("thread.run."):
            self._run = data
            if kind == "thread.run.failed":
                error = data.get("last_error") or {"message": "The run failed."}
                raise api_error_from_payload({"error": error}, request_id=self._request_id)
            self.run_ended = self.run_ended or kind in _RUN_ENDS
        elif kind == "thread.created":
            self.thread = data

    @staticmethod
    def _fold_object(store: dict[str, dict[str, Any]], kind: str, data: dict[str, Any]) -> None:
        key = str(data.get("id", ""))
        if kind.endswith(".delta"):
            merge_delta(store.setdefault(key, {"id": key}), data.get("delta") or {})
        else:
            store[key] = copy.deepcopy(data)

    def run(self) -> dict[str, Any] | None:
        """Return the run as last reported, or None before the first run event."""
        return copy.deepcopy(self._run)

    def messages(self) -> list[dict[str, Any]]:
        """Return every message of the run so far, in the order they started, deltas merged."""
        return [_materialize(m) for m in self._messages.values()]

    def run_steps(self) -> list[dict[str, Any]]:
        """Return every run step so far, in the order they started, deltas merged."""
        return [_materialize(s) for s in self._steps.values()]


def merge_delta(target: dict[str, Any], delta: dict[str, Any]) -> None:
    """
    Merge an assistants `delta` object into `target`, in place (see the module docstring).

    Args:
        target: The object accumulated so far (may hold TextBuffers for growing strings).
        delta: The `delta` of a `thread.message.delta` or `thread.run.step.delta` event.
    """
    for key, value in delta.items():
        current = target.get(key)
        if isinstance(value, str) and key in _CONCAT:
            if not isinstance(current, TextBuffer):
                current = target[key] = _buffer_of(current)
            current.parts.append(value)
        elif isinstance(value, dict):
            if not isinstance(current, dict):
                current = target[key] = {}
            merge_delta(current, value)
        elif isinstance(value, list):
            if not isinstance(current, list):
                current = target[key] = []
            _merge_list(current, value)
        elif current is None or key not in _KEEP_FIRST:
            target[key] = value


def _merge_list(items: list[Any], deltas: list[Any]) -> None:
    for delta in deltas:
        index = delta.get("index") if isinstance(delta, dict) else None
        if not isinstance(index, int):
            items.append(copy.deepcopy(delta))
            continue
        while len(items) <= index:
            items.append({})
        if not isinstance(items[index], dict):
            items[index] = {}
        merge_delta(items[index], {k: v for k, v in delta.items() if k != "index"})


def _buffer_of(current: Any) -> TextBuffer:
    buffer = TextBuffer()
    if isinstance(current, str) and current:
        buffer.parts.append(current)
    return buffer


def _materialize(value: Any) -> Any:
    """Copy a merged object, turning TextBuffers into strings."""
    if isinstance(value, TextBuffer):
        return value.text()
    if isinstance(value, dict):
        return {k: _materialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_materialize(v) for v in value]
    return value


def _generated(module: str, name: str, strict: bool) -> Callable[[dict[str, Any]], Any]:
    """Return a factory for a generated model, imported on first use."""
    return model_factory(load_model(f"{module}:{name}").from_dict, f"a {name}", strict=strict)


class _AssistantStream:
    _state: AssistantStreamState
    _factory: Callable[[dict[str, Any]], Any] | None
    response: httpx.Response  # set by the stream shell

    def _assistant_reader(self, request_id: str | None) -> StreamReader:
        state = self._state = AssistantStreamState(request_id=request_id)
        return StreamReader(state.feed, state.end, lambda: state.done)

    def snapshot(self) -> dict[str, Any]:
        """Return the run, messages and run steps so far, as JSON-shaped dicts."""
        state = self._state
        return {"run": state.run(), "messages": state.messages(), "run_steps": state.run_steps()}

    def _final(self, what: str) -> Any:
        state = self._state
        if not state.is_complete:
            raise StreamError(
                f"The stream was closed before it completed, so there is no final {what}; "
                "read it to the end (or use snapshot() for the partial result)."
            )
        strict = strict_for(self.response)
        if what == "run":
            run = state.run()
            if run is None:
                raise StreamError("The stream completed without reporting any run.")
            return (self._factory or _generated("run_object", "RunObject", strict))(run)
        if what == "messages":
            build = _generated("message_object", "MessageObject", strict)
            return [build(m) for m in state.messages()]
        build = _generated("run_step_object", "RunStepObject", strict)
        return [build(s) for s in state.run_steps()]


def _text_of(event: AssistantStreamEvent) -> str:
    """The text a `thread.message.delta` event adds ('' for other events)."""
    if event.type != "thread.message.delta":
        return ""
    parts = (event.data.get("delta") or {}).get("content") or []
    return "".join(
        str((part.get("text") or {}).get("value") or "")
        for part in parts
        if isinstance(part, dict) and part.get("type") == "text"
    )


class AssistantStream(StreamShell, _AssistantStream):
    """
    A streamed assistants run: iterate to get `AssistantStreamEvent`s.

    Args:
        response: An opened streaming response.
        run_factory: Turns the final run dict into a typed value (default: generated RunObject).
        on_close: Called once when the response is released.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        run_factory: Callable[[dict[str, Any]], Any] | None = None,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self._factory = run_factory
        super().__init__(response, on_close=on_close)

    def _setup(self) -> StreamReader:
        return self._assistant_reader(self.request_id)

    def __iter__(self) -> Iterator[AssistantStreamEvent]:
        return self._source

    def text_deltas(self) -> Iterator[str]:
        """Yield the text each remaining `thread.message.delta` event adds."""
        for event in self._source:
            text = _text_of(event)
            if text:
                yield text

    def final_run(self) -> Any:
        """Read the rest of the stream and return the run as last reported, typed."""
        self._drain()
        return self._final("run")

    def final_messages(self) -> list[MessageObject]:
        """Read the rest of the stream and return the run's messages, typed."""
        self._drain()
        messages: list[MessageObject] = list(self._final("messages"))
        return messages

    def final_run_steps(self) -> list[RunStepObject]:
        """Read the rest of the stream and return the run's steps, typed."""
        self._drain()
        steps: list[RunStepObject] = list(self._final("run_steps"))
        return steps

    # The official SDK's names.
    get_final_run = final_run
    get_final_messages = final_messages
    get_final_run_steps = final_run_steps


class AsyncAssistantStream(AsyncStreamShell, _AssistantStream):
    """The async twin of `AssistantStream`: `async for event in stream`."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        run_factory: Callable[[dict[str, Any]], Any] | None = None,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self._factory = run_factory
        super().__init__(response, on_close=on_close)

    def _setup(self) -> StreamReader:
        return self._assistant_reader(self.request_id)

    def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        return self._source

    async def text_deltas(self) -> AsyncIterator[str]:
        """Yield the text each remaining `thread.message.delta` event adds."""
        async for event in self._source:
            text = _text_of(event)
            if text:
                yield text

    async def final_run(self) -> Any:
        """Read the rest of the stream and return the run as last reported, typed."""
        await self._drain()
        return self._final("run")

    async def final_messages(self) -> list[MessageObject]:
        """Read the rest of the stream and return the run's messages, typed."""
        await self._drain()
        messages: list[MessageObject] = list(self._final("messages"))
        return messages

    async def final_run_steps(self) -> list[RunStepObject]:
        """Read the rest of the stream and return the run's steps, typed."""
        await self._drain()
        steps: list[RunStepObject] = list(self._final("run_steps"))
        return steps

    # The official SDK's names.
    get_final_run = final_run
    get_final_messages = final_messages
    get_final_run_steps = final_run_steps
