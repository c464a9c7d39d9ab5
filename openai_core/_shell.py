"""
Small I/O helpers shared by the Client and AsyncClient shells: the default HTTP clients, deadline
and cancellation checks between body chunks (for transports that do not enforce them), and the
asyncio race of a request against its CancellationToken.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._cancel import CancellationToken
from ._exceptions import APITimeoutError, RequestCancelledError

if TYPE_CHECKING:
    import anyio

__all__ = [
    "AsyncDeadlineStream",
    "DeadlineStream",
    "default_async_http_client",
    "default_http_client",
    "race",
]

T = TypeVar("T")

MAX_CONNECTIONS = 100
MAX_KEEPALIVE = 20
KEEPALIVE_EXPIRY = 5.0


def _limits() -> httpx.Limits:
    return httpx.Limits(
        max_connections=MAX_CONNECTIONS,
        max_keepalive_connections=MAX_KEEPALIVE,
        keepalive_expiry=KEEPALIVE_EXPIRY,
    )


def default_http_client() -> tuple[httpx.Client, bool]:
    """
    Return the client's own httpx.Client and whether it uses the project's transport.

    The project's HTTP/1.1 transport enforces whole-request deadlines and cancellation itself;
    httpx's default transport is only used while that module is absent.
    """
    try:
        from ._transport import OpenAICoreTransport
    except ImportError:
        return httpx.Client(limits=_limits()), False
    transport = OpenAICoreTransport(
        max_connections=MAX_CONNECTIONS,
        max_keepalive_connections=MAX_KEEPALIVE,
        keepalive_expiry=KEEPALIVE_EXPIRY,
    )
    return httpx.Client(transport=transport), True


def default_async_http_client() -> tuple[httpx.AsyncClient, bool]:
    """Return the async client's own httpx.AsyncClient and whether it uses our transport."""
    try:
        from ._transport import AsyncOpenAICoreTransport
    except ImportError:
        return httpx.AsyncClient(limits=_limits()), False
    transport = AsyncOpenAICoreTransport(
        max_connections=MAX_CONNECTIONS,
        max_keepalive_connections=MAX_KEEPALIVE,
        keepalive_expiry=KEEPALIVE_EXPIRY,
    )
    return httpx.AsyncClient(transport=transport), True


def _check(deadline: float | None, token: CancellationToken | None) -> None:
    if token is not None and token.cancelled:
        raise RequestCancelledError()
    if deadline is not None and time.monotonic() > deadline:
        raise APITimeoutError("Request timed out while reading the response body.")


class DeadlineStream(httpx.SyncByteStream):
    """Wrap a response body so that the deadline and token are checked between chunks."""

    def __init__(self, inner: Any, deadline: float | None, token: CancellationToken | None) -> None:
        self._inner = inner
        self._deadline = deadline
        self._token = token

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            _check(self._deadline, self._token)
            yield chunk

    def close(self) -> None:
        """Close the wrapped stream."""
        self._inner.close()


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """Async twin of DeadlineStream."""

    def __init__(self, inner: Any, deadline: float | None, token: CancellationToken | None) -> None:
        self._inner = inner
        self._deadline = deadline
        self._token = token

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            _check(self._deadline, self._token)
            yield chunk

    async def aclose(self) -> None:
        """Close the wrapped stream."""
        await self._inner.aclose()


def _cancel_from_any_thread(scope: anyio.CancelScope) -> Callable[[], None]:
    import asyncio  # imported here: `import openai_core` must stay cheap

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # not asyncio (trio): the token is checked between attempts only
        return lambda: None

    def cancel() -> None:
        loop.call_soon_threadsafe(scope.cancel)

    return cancel


async def race(
    work: Callable[[], Awaitable[T]], deadline: float | None, token: CancellationToken | None
) -> T:
    """
    Run `work` until it finishes, the monotonic `deadline` passes, or `token` is cancelled.

    Raises:
        APITimeoutError: The deadline passed first.
        RequestCancelledError: The token was cancelled first.
    """
    import anyio  # imported here: `import openai_core` must stay cheap

    with anyio.CancelScope() as scope:
        if deadline is not None:
            scope.deadline = anyio.current_time() + (deadline - time.monotonic())
        remove = token.on_cancel(_cancel_from_any_thread(scope)) if token is not None else None
        try:
            return await work()
        finally:
            if remove is not None:
                remove()
    if token is not None and token.cancelled:
        raise RequestCancelledError()
    raise APITimeoutError("Request timed out.")
