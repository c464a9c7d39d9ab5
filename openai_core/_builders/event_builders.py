"""
Builders for operations that answer a stream of typed events: the Responses API
(`responses.create`) and assistants runs (`threads.runs.create`, `threads.create_and_run`,
`threads.runs.submit_tool_outputs`); the extensions table names them.

Their create builders gain `send_events()`; `client.responses.stream(...)` returns a builder
whose `send()` opens the stream. The streams themselves (`ResponseStream`, `AssistantStream`)
decode with the same SSE decoder as chat streams.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from .._request import RequestSpec
from .base import AsyncRequestBuilder, BuilderBase, RequestBuilder
from .catalog import operations, setters_for
from .client_like import AsyncClientLike, ClientLike

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated.models.response import Response
    from .._generated.params import ResponsesCreateParams
    from .._streaming.assistants import AssistantStream, AsyncAssistantStream
    from .._streaming.responses import AsyncResponseStream, ResponseStream

__all__ = [
    "AssistantEventsBuilder",
    "AsyncAssistantEventsBuilder",
    "AsyncResponseEventsBuilder",
    "AsyncResponsesStreamMixin",
    "AsyncStreamOnlyBuilder",
    "ResponseEventsBuilder",
    "ResponsesStreamMixin",
    "StreamOnlyBuilder",
    "event_stream_spec",
]

T = TypeVar("T")


def event_stream_spec(spec: RequestSpec) -> RequestSpec:
    """Return a copy of `spec` asking for an SSE answer."""
    out = spec.copy()
    out.body["stream"] = True
    out.accept = "text/event-stream"
    return out


class ResponseEventsBuilder(RequestBuilder[T]):
    """A Responses API request builder that can also answer a stream of response events."""

    __slots__ = ()

    def send_events(self) -> ResponseStream[Response]:
        """Send with `stream: true` and return the ResponseStream (iterate it, or `with` it)."""
        from .._streaming.responses import ResponseStream

        return ResponseStream(self._client._open_stream(event_stream_spec(self._spec)))


class AsyncResponseEventsBuilder(AsyncRequestBuilder[T]):
    """Async twin of ResponseEventsBuilder."""

    __slots__ = ()

    async def send_events(self) -> AsyncResponseStream[Response]:
        """Send with `stream: true` and return the AsyncResponseStream (`async for` it)."""
        from .._streaming.responses import AsyncResponseStream

        return AsyncResponseStream(await self._client._open_stream(event_stream_spec(self._spec)))


class AssistantEventsBuilder(RequestBuilder[T]):
    """An assistants run builder that can also answer a stream of run events."""

    __slots__ = ()

    def send_events(self) -> AssistantStream:
        """Send with `stream: true` and return the AssistantStream (iterate it, or `with` it)."""
        from .._streaming.assistants import AssistantStream

        return AssistantStream(self._client._open_stream(event_stream_spec(self._spec)))


class AsyncAssistantEventsBuilder(AsyncRequestBuilder[T]):
    """Async twin of AssistantEventsBuilder."""

    __slots__ = ()

    async def send_events(self) -> AsyncAssistantStream:
        """Send with `stream: true` and return the AsyncAssistantStream (`async for` it)."""
        from .._streaming.assistants import AsyncAssistantStream

        return AsyncAssistantStream(await self._client._open_stream(event_stream_spec(self._spec)))


class StreamOnlyBuilder(ResponseEventsBuilder[T]):
    """The builder of `client.responses.stream()`: `send()` opens the event stream."""

    __slots__ = ()

    def send(self) -> Any:
        return self.send_events()


class AsyncStreamOnlyBuilder(AsyncResponseEventsBuilder[T]):
    """Async twin of StreamOnlyBuilder."""

    __slots__ = ()

    async def send(self) -> Any:
        return await self.send_events()


@cache
def _stream_builder_class(op_id: str, is_async: bool) -> type[Any]:
    base: type[BuilderBase[Any]] = AsyncStreamOnlyBuilder if is_async else StreamOnlyBuilder
    setters = setters_for(op_id)
    if setters is None:
        return base
    name = (
        ("Async" if is_async else "") + setters.__name__.removesuffix("Setters") + "StreamBuilder"
    )
    return type(name, (setters, base), {"__slots__": (), "__qualname__": name})


class ResponsesStreamMixin:
    """Adds `stream()` to `client.responses`."""

    __slots__ = ()
    _client: ClientLike

    def stream(self, **fields: Unpack[ResponsesCreateParams]) -> StreamOnlyBuilder[Any]:
        """Return a `responses.create` builder whose `send()` opens a ResponseStream."""
        op = operations()["responses.create"]
        builder: StreamOnlyBuilder[Any] = _stream_builder_class(op.id, False)(
            self._client, op, (), **fields
        )
        return builder


class AsyncResponsesStreamMixin:
    """Adds `stream()` to `client.responses` of an AsyncClient."""

    __slots__ = ()
    _client: AsyncClientLike

    def stream(self, **fields: Unpack[ResponsesCreateParams]) -> AsyncStreamOnlyBuilder[Any]:
        """Return a `responses.create` builder whose `send()` opens an AsyncResponseStream."""
        op = operations()["responses.create"]
        builder: AsyncStreamOnlyBuilder[Any] = _stream_builder_class(op.id, True)(
            self._client, op, (), **fields
        )
        return builder
