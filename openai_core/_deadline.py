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

    from ._transport.async_transport import AsyncOpenAICoreTransport
    from ._transport.decoding import Decoder
    from ._transport.sync_transport import OpenAICoreTransport

__all__ = [
    "AsyncDeadlineStream",
    "DeadlineStream",
    "default_async_http_client",
    "default_http_client",
    "race",
    "take_decoder",
]

T = TypeVar("T")

DEFAULT_LIMITS = httpx.Limits(
    max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0
)
"""The own pool's limits unless `Client(limits=...)` says otherwise (those of the official SDK)."""
_UNLIMITED = 2**31
"""What httpx's None (no limit) on a connection count becomes."""


def _pool_options(limits: httpx.Limits | None) -> dict[str, Any]:
    """The transport's pool arguments for httpx `limits` (None: DEFAULT_LIMITS)."""
    from ._exceptions import InvalidConfigError

    if limits is None:
        limits = DEFAULT_LIMITS
    elif not isinstance(limits, httpx.Limits):
        raise InvalidConfigError(
            f"Expected limits to be an httpx.Limits, got {type(limits).__name__}."
        )
    most = _UNLIMITED if limits.max_connections is None else limits.max_connections
    return {
        "max_connections": most,
        "max_keepalive_connections": (
            most if limits.max_keepalive_connections is None else limits.max_keepalive_connections
        ),
        "keepalive_expiry": (
            float("inf") if limits.keepalive_expiry is None else limits.keepalive_expiry
        ),
    }


def default_http_client(
    limits: httpx.Limits | None = None, **network: Any
) -> tuple[httpx.Client, OpenAICoreTransport]:
    """
    Return the client's own httpx.Client and the project's transport inside it.

    The shell sends through the transport directly (see `send_native`); the httpx.Client is kept
    for its `close()` and for callers that reach for `client._http`. `network` holds the
    transport's network settings (proxy, verify, ...).
    """
    from ._transport.sync_transport import OpenAICoreTransport

    transport = OpenAICoreTransport(**_pool_options(limits), **network)
    return httpx.Client(transport=transport), transport


def default_async_http_client(
    limits: httpx.Limits | None = None, **network: Any
) -> tuple[httpx.AsyncClient, AsyncOpenAICoreTransport]:
    """Return the async client's own httpx.AsyncClient and the project's transport inside it."""
    from ._transport.async_transport import AsyncOpenAICoreTransport

    transport = AsyncOpenAICoreTransport(**_pool_options(limits), **network)
    return httpx.AsyncClient(transport=transport), transport


def _check(deadline: float | None, token: CancellationToken | None) -> None:
    if token is not None and token.cancelled:
        raise RequestCancelledError()
    if deadline is not None and time.monotonic() > deadline:
        raise APITimeoutError("Request timed out while reading the response body.")


def take_decoder(response: httpx.Response) -> Decoder | None:
    """
    The decoder of a response's Content-Encoding, taking the body's decoding over from httpx.

    The streaming shells read `iter_raw()`, which httpx hands over still encoded: the wrapping
    streams below decode instead, and the headers that describe the encoded body go.
    """
    from ._transport.decoding import decoder_for

    values = response.headers.get_list("content-encoding")
    decoder = decoder_for([value.encode("latin-1") for value in values]) if values else None
    if decoder is not None:
        del response.headers["content-encoding"]
        response.headers.pop("content-length", None)
    return decoder


class DeadlineStream(httpx.SyncByteStream):
    """Wrap a response body so that the deadline and token are checked between chunks."""

    def __init__(
        self,
        inner: Any,
        deadline: float | None,
        token: CancellationToken | None,
        decoder: Decoder | None = None,
    ) -> None:
        self._inner = inner
        self._deadline = deadline
        self._token = token
        self._decoder = decoder

    def __iter__(self) -> Iterator[bytes]:
        decoder = self._decoder
        for chunk in self._inner:
            _check(self._deadline, self._token)
            yield chunk if decoder is None else decoder.decode(chunk)
        if decoder is not None:
            yield decoder.flush()

    def close(self) -> None:
        """Close the wrapped stream."""
        self._inner.close()


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """Async twin of DeadlineStream."""

    def __init__(
        self,
        inner: Any,
        deadline: float | None,
        token: CancellationToken | None,
        decoder: Decoder | None = None,
    ) -> None:
        self._inner = inner
        self._deadline = deadline
        self._token = token
        self._decoder = decoder

    async def __aiter__(self) -> AsyncIterator[bytes]:
        decoder = self._decoder
        async for chunk in self._inner:
            _check(self._deadline, self._token)
            yield chunk if decoder is None else decoder.decode(chunk)
        if decoder is not None:
            yield decoder.flush()

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
