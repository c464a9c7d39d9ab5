"""
The project's own HTTP/1.1 transport, plugged in behind httpx's transport interface.

Transport wing: a sans-IO core, the head writer, the pool, a sync and an async connection and
transport. It may import only `_exceptions` and `_cancel` of the package: nothing of builders,
streaming, structured output or tools.

`OpenAICoreTransport` (blocking sockets) and `AsyncOpenAICoreTransport` (asyncio) keep a
keep-alive pool per origin, parse with h11, speak TLS through `ssl` (SNI, ALPN `http/1.1`), and
honour two request extensions besides httpx's timeouts: `openai_core.deadline`, a
`time.monotonic()` value that no socket operation may run past (httpx.ReadTimeout after it), and
`openai_core.cancel`, a CancellationToken whose `cancel()` aborts the exchange from any thread
or task with RequestCancelledError and closes its connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_transport import AsyncOpenAICoreTransport
    from .sync_transport import OpenAICoreTransport

__all__ = ["AsyncOpenAICoreTransport", "OpenAICoreTransport"]


def __getattr__(name: str) -> Any:
    # Each transport loads on first use, so a sync client never imports asyncio.
    if name == "OpenAICoreTransport":
        from .sync_transport import OpenAICoreTransport

        return OpenAICoreTransport
    if name == "AsyncOpenAICoreTransport":
        from .async_transport import AsyncOpenAICoreTransport

        return AsyncOpenAICoreTransport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
