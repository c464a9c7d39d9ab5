"""
The project's own HTTP/1.1 transport, plugged in behind httpx's transport interface.

`OpenAICoreTransport` (blocking sockets) and `AsyncOpenAICoreTransport` (asyncio) keep a
keep-alive pool per origin, parse with h11, speak TLS through `ssl` (SNI, ALPN `http/1.1`), and
honour two request extensions besides httpx's timeouts: `openai_core.deadline`, a
`time.monotonic()` value that no socket operation may run past (httpx.ReadTimeout after it), and
`openai_core.cancel`, a CancellationToken whose `cancel()` aborts the exchange from any thread
or task with RequestCancelledError and closes its connection.
"""

from __future__ import annotations

from ._transport_async import AsyncOpenAICoreTransport
from ._transport_sync import OpenAICoreTransport

__all__ = ["AsyncOpenAICoreTransport", "OpenAICoreTransport"]
