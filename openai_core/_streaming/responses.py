"""
The Responses API stream (`POST /responses` with `stream: true`): a pure state that folds the typed
events (`response.created`, `response.output_text.delta`, ..., `response.completed`) into the
response, and `ResponseStream` / `AsyncResponseStream` shells on the shared SSE decoder.

Events are yielded as the decoded JSON dicts (each has a `type`), `EventDict`s whose keys also
read as attributes, as the official SDK's event models do (`event.type`, `event.delta`). The
snapshot starts from the `response` of `response.created`, places output items and content parts
by index, accumulates text, refusal and function-argument deltas (joined once when read), and is
replaced by the `response` of the terminal event. Failure is loud: `error` and `response.failed` raise APIError;
a body that ends before `response.completed` / `response.incomplete` raises StreamError.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx

from .._exceptions import StreamError
from .._model_build import load_model, model_factory, strict_for
from .errors import api_error_from_payload, shorten
from .event_dict import EventDict, decode_event_data
from .events import TextBuffer
from .shell import AsyncStreamShell, StreamReader, StreamShell
from .sse import SSEDecoder

__all__ = ["AsyncResponseStream", "ResponseStream", "ResponseStreamState"]

ResponseT = TypeVar("ResponseT")
_TERMINAL = frozenset({"response.completed", "response.incomplete"})
_STARTS = frozenset({"response.created", "response.in_progress", "response.queued"})
# Delta events: which key of the target they grow and where that target lives.
_TEXT_DELTAS = {
    "response.output_text.delta": "text",
    "response.refusal.delta": "refusal",
}
_TEXT_DONES = {"response.output_text.done": "text", "response.refusal.done": "refusal"}
# Events are EventDicts: their `__getattr__` turns off CPython's fast attribute lookup, so
# `event.get(...)` costs more than on a dict; the fold reads them with dict's own method.
_get = dict.get


class ResponseStreamState:
    """
    Fold a Responses API event stream into the response. Does no I/O.

    Args:
        request_id: The response's request id, attached to errors the stream reports.
    """

    def __init__(self, *, request_id: str | None = None) -> None:
        self._decoder = SSEDecoder()
        self._request_id = request_id
        self._response: dict[str, Any] = {}
        self._buffers: dict[tuple[int, int | None, str], TextBuffer] = {}
        self.done = False  # a terminal event (or `[DONE]`) arrived
        self.is_complete = False  # the terminal event was response.completed / .incomplete

    def feed(self, raw: bytes) -> list[EventDict]:
        """
        Decode one network chunk into event dicts and fold them.

        Raises:
            APIError: An `error` or `response.failed` event arrived.
            StreamError: The data is not a JSON object.
        """
        out: list[EventDict] = []
        for sse in self._decoder.feed(raw):
            if self.done:
                break
            if sse.data == "[DONE]":
                self.done = True
                break
            if not sse.data.strip():
                continue
            event = decode_event_data(sse.data)
            if type(event) is not EventDict:
                raise StreamError(f"Expected a JSON event object, got {shorten(sse.data)!r}.")
            if sse.event == "error" or _get(event, "type") == "error":
                raise api_error_from_payload(event, request_id=self._request_id)
            self.fold(event)
            out.append(event)
        return out

    def end(self) -> list[EventDict]:
        """
        Check the stream at the end of its body.

        Raises:
            StreamError: No response.completed / response.incomplete event arrived.
        """
        self._decoder.end()
        if not self.is_complete:
            status = self._response.get("status")
            raise StreamError(
                "The stream ended before completion: no response.completed or "
                f"response.incomplete event (last status {status!r}). The connection was "
                "probably cut; retry the request."
            )
        return []

    def fold(self, event: dict[str, Any]) -> None:
        """Fold one decoded event into the snapshot."""
        kind = _get(event, "type")
        if kind in _TEXT_DELTAS:
            self._buffer(event, _TEXT_DELTAS[kind]).parts.append(_get(event, "delta") or "")
        elif kind == "response.function_call_arguments.delta":
            self._buffer(event, "arguments").parts.append(_get(event, "delta") or "")
        elif kind in _STARTS or kind in _TERMINAL:
            self._response = copy.deepcopy(_get(event, "response") or {})
            self._buffers.clear()
            if kind in _TERMINAL:
                self.done = self.is_complete = True
        elif kind == "response.failed":
            response = _get(event, "response") or {}
            error = response.get("error") or {"message": "The response failed."}
            raise api_error_from_payload({"error": error}, request_id=self._request_id)
        else:
            self._place(kind, event)

    def _place(self, kind: Any, event: dict[str, Any]) -> None:
        output = self._response.setdefault("output", [])
        index: int = _get(event, "output_index") or 0
        content_index: int | None = _get(event, "content_index")
        if kind in ("response.output_item.added", "response.output_item.done"):
            _put(output, index, copy.deepcopy(_get(event, "item") or {}))
            if kind.endswith(".done"):
                self._drop_buffers(index)
        elif kind in ("response.content_part.added", "response.content_part.done"):
            item = _at(output, index)
            _put(item.setdefault("content", []), content_index, dict(_get(event, "part") or {}))
            self._buffers.pop((index, content_index, "text"), None)
        elif kind in _TEXT_DONES:
            key = _TEXT_DONES[kind]
            self._target(index, content_index)[key] = _get(event, key, "")
            self._buffers.pop((index, content_index, key), None)
        elif kind == "response.function_call_arguments.done":
            _at(output, index)["arguments"] = _get(event, "arguments", "")
            self._buffers.pop((index, None, "arguments"), None)

    def _buffer(self, event: dict[str, Any], key: str) -> TextBuffer:
        where = (_get(event, "output_index") or 0, _get(event, "content_index"), key)
        buffer = self._buffers.get(where)
        if buffer is None:
            buffer = self._buffers[where] = TextBuffer()
            existing = self._target(where[0], where[1]).get(key)
            if isinstance(existing, str) and existing:
                buffer.parts.append(existing)
        return buffer

    def _target(self, output_index: int, content_index: int | None) -> dict[str, Any]:
        item = _at(self._response.setdefault("output", []), output_index)
        if content_index is None:
            return item
        return _at(item.setdefault("content", []), content_index)

    def _drop_buffers(self, output_index: int) -> None:
        for where in [w for w in self._buffers if w[0] == output_index]:
            del self._buffers[where]

    def snapshot(self) -> dict[str, Any]:
        """Return the response so far, as a JSON-shaped dict."""
        for (output_index, content_index, key), buffer in self._buffers.items():
            self._target(output_index, content_index)[key] = buffer.text()
        return copy.deepcopy(self._response)


def _at(items: list[Any], index: int | None) -> dict[str, Any]:
    """Return the dict at `index`, growing the list with empty dicts as needed."""
    position = index or 0
    while len(items) <= position:
        items.append({})
    value = items[position]
    if not isinstance(value, dict):
        value = items[position] = {}
    return value


def _put(items: list[Any], index: int | None, value: dict[str, Any]) -> None:
    _at(items, index)
    items[index or 0] = value


def default_response_factory(strict: bool = False) -> Callable[[dict[str, Any]], Any]:
    """Return a factory building the generated `Response`, importing it on first use."""
    return model_factory(
        load_model("response:Response").from_dict,
        "a Response at the end of the stream",
        strict=strict,
    )


class _ResponseStream(Generic[ResponseT]):
    _state: ResponseStreamState
    _response_factory: Callable[[dict[str, Any]], ResponseT] | None
    response: httpx.Response  # set by the stream shell

    def _response_reader(self, request_id: str | None) -> StreamReader:
        state = self._state = ResponseStreamState(request_id=request_id)
        return StreamReader(state.feed, state.end, lambda: state.done)

    def snapshot(self) -> dict[str, Any]:
        """Return the response so far, as a JSON-shaped dict."""
        return self._state.snapshot()

    def _final(self) -> ResponseT:
        if not self._state.is_complete:
            raise StreamError(
                "The stream was closed before it completed, so there is no final response; "
                "read it to the end (or use snapshot() for the partial result)."
            )
        factory = self._response_factory or default_response_factory(strict_for(self.response))
        result: ResponseT = factory(self._state.snapshot())
        return result


class ResponseStream(StreamShell, _ResponseStream[ResponseT]):
    """
    A streaming Responses API answer: iterate to get the event dicts.

    Args:
        response: An opened streaming response.
        response_factory: Turns the final response dict into a typed value (default: the
            generated `Response`).
        on_close: Called once when the response is released.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        response_factory: Callable[[dict[str, Any]], ResponseT] | None = None,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self._response_factory = response_factory
        super().__init__(response, on_close=on_close)

    def _setup(self) -> StreamReader:
        return self._response_reader(self.request_id)

    def __iter__(self) -> Iterator[EventDict]:
        return self._source

    def text_deltas(self) -> Iterator[str]:
        """Yield the text of each remaining `response.output_text.delta` event."""
        for event in self._source:
            if _get(event, "type") == "response.output_text.delta":
                yield _get(event, "delta") or ""

    def final_response(self) -> ResponseT:
        """
        Read the rest of the stream and return the final response, typed.

        Raises:
            StreamError: The stream was closed before it completed.
        """
        self._drain()
        return self._final()

    get_final_response = final_response  # the official SDK's name


class AsyncResponseStream(AsyncStreamShell, _ResponseStream[ResponseT]):
    """The async twin of `ResponseStream`: `async for event in stream`."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        response_factory: Callable[[dict[str, Any]], ResponseT] | None = None,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self._response_factory = response_factory
        super().__init__(response, on_close=on_close)

    def _setup(self) -> StreamReader:
        return self._response_reader(self.request_id)

    def __aiter__(self) -> AsyncIterator[EventDict]:
        return self._source

    async def text_deltas(self) -> AsyncIterator[str]:
        """Yield the text of each remaining `response.output_text.delta` event."""
        async for event in self._source:
            if _get(event, "type") == "response.output_text.delta":
                yield _get(event, "delta") or ""

    async def final_response(self) -> ResponseT:
        """
        Read the rest of the stream and return the final response, typed.

        Raises:
            StreamError: The stream was closed before it completed.
        """
        await self._drain()
        return self._final()

    get_final_response = final_response  # the official SDK's name
