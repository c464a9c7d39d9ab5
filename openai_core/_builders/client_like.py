"""
The seam between the builders and the client: what a builder, page or namespace may call.

Builders hold a `ClientLike` (sync) or `AsyncClientLike` and hand it their RequestSpec; they
never import the client. `_client.py` states that Client and AsyncClient conform, so mypy
--strict checks the shells against these protocols.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx

    from .._request import RequestSpec
    from .._response import ApiResponse

__all__ = ["AnyClient", "AsyncClientLike", "ClientLike"]


class ClientLike(Protocol):
    """The sending half of a Client, as the sync builders use it."""

    def _send(self, spec: RequestSpec) -> Any:
        """Send (with retries) and return the parsed result; raise APIError for 4xx/5xx."""
        ...

    def _send_with_meta(self, spec: RequestSpec) -> ApiResponse[Any]:
        """Like `_send`, with status, headers, request id, attempts and timing."""
        ...

    def _send_raw(self, spec: RequestSpec) -> httpx.Response:
        """Send (with retries) and return the read response, error status or not."""
        ...

    def _open_stream(self, spec: RequestSpec) -> httpx.Response:
        """Send and return the opened 2xx response with its body unread (close it when done)."""
        ...


class AsyncClientLike(Protocol):
    """The sending half of an AsyncClient, as the async builders use it."""

    async def _send(self, spec: RequestSpec) -> Any:
        """Send (with retries) and return the parsed result; raise APIError for 4xx/5xx."""
        ...

    async def _send_with_meta(self, spec: RequestSpec) -> ApiResponse[Any]:
        """Like `_send`, with status, headers, request id, attempts and timing."""
        ...

    async def _send_raw(self, spec: RequestSpec) -> httpx.Response:
        """Send (with retries) and return the read response, error status or not."""
        ...

    async def _open_stream(self, spec: RequestSpec) -> httpx.Response:
        """Send and return the opened 2xx response with its body unread (close it when done)."""
        ...


AnyClient = ClientLike | AsyncClientLike
"""A client of either kind: what the code shared by sync and async builders holds."""
