"""
Builders for operations that answer a stream of typed events: the Responses API
(`responses.create`) and assistants runs (`threads.runs.create`, `threads.create_and_run`,
`threads.runs.submit_tool_outputs`).

Their create builders gain `send_events()`; `client.responses.stream(...)` returns a builder
whose `send()` opens the stream. The streams themselves (`ResponseStream`, `AssistantStream`)
decode with the same SSE decoder as chat streams.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .._request import RequestSpec
from .base import AsyncRequestBuilder, BuilderBase, RequestBuilder

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated.builders import responses as _generated
    from .._generated.models.response import Response
    from .._generated.params import ResponsesCreateParams
    from .._streaming.assistants import AssistantStream, AsyncAssistantStream
    from .._streaming.responses import AsyncResponseStream, ResponseStream

__all__ = [
    "EVENT_STREAMS",
    "AsyncEventStreamBuilder",
    "AsyncResponsesStreamMixin",
    "AsyncStreamOnlyBuilder",
    "EventStreamBuilder",
    "ResponsesStreamMixin",
    "StreamOnlyBuilder",
    "event_stream_spec",
]

T = TypeVar("T")

# Which stream an operation answers when asked for `stream: true`.
EVENT_STREAMS: dict[str, str] = {
    "responses.create": "response",
    "threads.runs.create": "assistant",
    "threads.create_and_run": "assistant",
    "threads.runs.submit_tool_outputs": "assistant",
}


def event_stream_spec(spec: RequestSpec) -> RequestSpec:
    """Return a copy of `spec` asking for an SSE answer."""
    out = spec.copy()
    out.body["stream"] = True
    out.accept = "text/event-stream"
    return out


def _stream_class(op_id: str, is_async: bool) -> Any:
    if EVENT_STREAMS[op_id] == "response":
        from .._streaming import responses as responses

        return responses.AsyncResponseStream if is_async else responses.ResponseStream
    from .._streaming import assistants as assistant

    return assistant.AsyncAssistantStream if is_async else assistant.AssistantStream


class EventStreamBuilder(RequestBuilder[T]):
    """A request builder whose operation can also answer a stream of events."""

    __slots__: tuple[str, ...] = ()

    def send_events(self) -> ResponseStream[Any] | AssistantStream:
        """Send with `stream: true` and return the event stream (iterate it, or `with` it)."""
        op_id = self._spec.operation.id
        response = self._client._open_stream(event_stream_spec(self._spec))
        stream: ResponseStream[Any] | AssistantStream = _stream_class(op_id, False)(response)
        return stream


class AsyncEventStreamBuilder(AsyncRequestBuilder[T]):
    """Async twin of EventStreamBuilder."""

    __slots__: tuple[str, ...] = ()

    async def send_events(self) -> AsyncResponseStream[Any] | AsyncAssistantStream:
        """Send with `stream: true` and return the event stream (`async for` it)."""
        op_id = self._spec.operation.id
        response = await self._client._open_stream(event_stream_spec(self._spec))
        stream: AsyncResponseStream[Any] | AsyncAssistantStream = _stream_class(op_id, True)(
            response
        )
        return stream


class StreamOnlyBuilder(EventStreamBuilder[T]):
    """The builder of `client.responses.stream()`: `send()` opens the event stream."""

    __slots__ = ()

    def send(self) -> T:
        """Open the stream: iterate it (or `with` it) for the event dicts, then final_response()."""
        return cast(T, self.send_events())


class AsyncStreamOnlyBuilder(AsyncEventStreamBuilder[T]):
    """Async twin of StreamOnlyBuilder."""

    __slots__ = ()

    async def send(self) -> T:
        """Open the stream: `async for` over the event dicts, then `await final_response()`."""
        return cast(T, await self.send_events())


@cache
def _stream_builder_class(op_id: str, is_async: bool) -> type[BuilderBase[Any]]:
    from .namespaces import setters_for

    base: type[BuilderBase[Any]] = AsyncStreamOnlyBuilder if is_async else StreamOnlyBuilder
    setters = setters_for(op_id)
    if setters is None:
        return base
    name = (
        ("Async" if is_async else "") + setters.__name__.removesuffix("Setters") + "StreamBuilder"
    )
    return type(name, (setters, base), {"__slots__": (), "__qualname__": name})


def _stream_builder(namespace: Any, op_id: str, is_async: bool, fields: Mapping[str, Any]) -> Any:
    from .namespaces import operations

    op = operations()[op_id]
    return _stream_builder_class(op_id, is_async)(namespace._client, op, (), **fields)


class ResponsesStreamMixin:
    """Adds `stream()` to `client.responses`."""

    __slots__ = ()

    def stream(self, **fields: Unpack[ResponsesCreateParams]) -> ResponsesStreamBuilder:
        """Return a `responses.create` builder whose `send()` opens a ResponseStream."""
        builder: ResponsesStreamBuilder = _stream_builder(self, "responses.create", False, fields)
        return builder


class AsyncResponsesStreamMixin:
    """Adds `stream()` to `client.responses` of an AsyncClient."""

    __slots__ = ()

    def stream(self, **fields: Unpack[ResponsesCreateParams]) -> AsyncResponsesStreamBuilder:
        """Return a `responses.create` builder whose `send()` opens an AsyncResponseStream."""
        builder: AsyncResponsesStreamBuilder = _stream_builder(
            self, "responses.create", True, fields
        )
        return builder


if TYPE_CHECKING:
    # What the type checker sees of the classes namespaces.py composes at runtime: the event
    # stream each create builder's send_events() opens (the generated builders name these as
    # their bases), the responses.create setters on the stream builders, and stream() on
    # client.responses.

    class ResponseEventsBuilder(EventStreamBuilder[T]):
        """A `responses.create` builder: send_events() opens a ResponseStream."""

        def send_events(self) -> ResponseStream[Response]: ...

    class AsyncResponseEventsBuilder(AsyncEventStreamBuilder[T]):
        """Async twin of ResponseEventsBuilder."""

        async def send_events(self) -> AsyncResponseStream[Response]: ...

    class AssistantEventsBuilder(EventStreamBuilder[T]):
        """An assistants run builder: send_events() opens an AssistantStream."""

        def send_events(self) -> AssistantStream: ...

    class AsyncAssistantEventsBuilder(AsyncEventStreamBuilder[T]):
        """Async twin of AssistantEventsBuilder."""

        async def send_events(self) -> AsyncAssistantStream: ...

    class ResponsesStreamBuilder(
        _generated.ResponsesCreateSetters, StreamOnlyBuilder[ResponseStream[Response]]
    ):
        """Builder of `client.responses.stream()`."""

    class AsyncResponsesStreamBuilder(
        _generated.ResponsesCreateSetters, AsyncStreamOnlyBuilder[AsyncResponseStream[Response]]
    ):
        """Builder of `client.responses.stream()` on an AsyncClient."""

    class Responses(ResponsesStreamMixin, _generated.Responses):
        """`client.responses`: the generated operations plus stream()."""

    class AsyncResponses(AsyncResponsesStreamMixin, _generated.AsyncResponses):
        """`client.responses` of an AsyncClient."""
