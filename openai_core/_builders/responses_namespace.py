"""
The type of `client.responses`, for the type checker: the generated operations plus `stream()`,
`parse(T)` and `run_tools()`.

The extensions table names `Responses` / `AsyncResponses` as the class of `client.responses`
(imported on first use); `stream()` returns a builder composed from the same setters and stream
base as `ResponsesStreamBuilder` below, which only names that type for the checker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._generated.builders import responses as _generated
from .client_like import AsyncClientLike, ClientLike
from .event_builders import (
    AsyncResponsesStreamMixin,
    AsyncStreamOnlyBuilder,
    ResponsesStreamMixin,
    StreamOnlyBuilder,
)
from .namespace_base import AsyncNamespace, Namespace
from .responses_methods import AsyncResponsesExtrasMixin, ResponsesExtrasMixin

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated.models.response import Response
    from .._generated.params import ResponsesCreateParams
    from .._streaming.responses import AsyncResponseStream, ResponseStream

__all__ = ["AsyncResponses", "AsyncResponsesStreamBuilder", "Responses", "ResponsesStreamBuilder"]


class ResponsesStreamBuilder(_generated.ResponsesCreateSetters, StreamOnlyBuilder[Any]):
    """`client.responses.stream()`: every `responses.create` setter; `send()` opens the stream."""

    __slots__ = ()

    if TYPE_CHECKING:

        def send(self) -> ResponseStream[Response]: ...


class AsyncResponsesStreamBuilder(_generated.ResponsesCreateSetters, AsyncStreamOnlyBuilder[Any]):
    """Async twin of ResponsesStreamBuilder."""

    __slots__ = ()

    if TYPE_CHECKING:

        async def send(self) -> AsyncResponseStream[Response]: ...


class Responses(ResponsesExtrasMixin, ResponsesStreamMixin, _generated.Responses, Namespace):
    """`client.responses`: create, stream, parse, run_tools, retrieve, delete, input_items, ..."""

    _client: ClientLike

    if TYPE_CHECKING:

        def stream(self, **fields: Unpack[ResponsesCreateParams]) -> ResponsesStreamBuilder: ...


class AsyncResponses(
    AsyncResponsesExtrasMixin, AsyncResponsesStreamMixin, _generated.AsyncResponses, AsyncNamespace
):
    """`client.responses` of an AsyncClient."""

    _client: AsyncClientLike

    if TYPE_CHECKING:

        def stream(
            self, **fields: Unpack[ResponsesCreateParams]
        ) -> AsyncResponsesStreamBuilder: ...
