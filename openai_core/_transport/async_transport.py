"""The async shell of the HTTP/1.1 transport: asyncio transports and a task-safe keep-alive pool."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterable
from typing import Any

import h11
import httpx

from .._exceptions import RequestCancelledError
from .async_connection import (
    AsyncConnection,
    call_soon_threadsafe,
    fail,
    wait_future,
    wake_waiter,
)
from .decoding import Decoder
from .head import RequestHead, request_bytes, request_head
from .network import Cert, NetworkSettings, Verify
from .pool import PoolCore, Waiter, track_for_fork
from .sansio import (
    Phase,
    PoolKey,
    RequestBudget,
    StaleConnection,
    Stop,
    body_decoder,
    body_piece,
    failure,
    finish_cycle,
    gather_body,
    last_piece,
    make_response,
    map_error,
    next_after,
    response_head,
)

__all__ = ["AsyncOpenAICoreTransport"]


class _AsyncResponseStream(httpx.AsyncByteStream):
    """The body of one response, read from its connection as the caller iterates."""

    def __init__(
        self,
        transport: AsyncOpenAICoreTransport,
        conn: AsyncConnection,
        budget: RequestBudget,
        decoder: Decoder | None,
    ) -> None:
        self._transport = transport
        self._conn: AsyncConnection | None = conn
        self._budget = budget
        self._stop: Stop = None  # where the last gather_body stopped
        self._decoder = decoder

    def __aiter__(self) -> _AsyncResponseStream:
        return self

    async def __anext__(self) -> bytes:
        conn = self._conn
        if conn is None:
            raise StopAsyncIteration
        try:
            stop, self._stop = self._stop, None
            event = await conn.next_event(self._budget) if stop is None else next_after(stop)
            piece = body_piece(event)
            if piece is not None:
                piece, self._stop = gather_body(conn.h11, piece)
            if piece is None or type(self._stop) is h11.EndOfMessage:
                # The body is complete: the connection goes back to the pool at once.
                self._conn = None
                self._transport._release(conn, finish_cycle(conn.h11))
                piece = last_piece(piece, self._decoder)
            elif self._decoder is not None:
                piece = self._decoder.decode(piece)
        except BaseException as exc:
            if self._conn is not None:
                self._conn = None
                self._transport._drop(conn)
            if isinstance(exc, Exception):
                raise map_error(exc, "read", self._budget) from exc
            raise
        if not piece:  # the end (or a piece that decodes to nothing yet)
            if self._conn is None:
                raise StopAsyncIteration
            return b""
        return piece

    def __del__(self) -> None:
        # A response dropped unclosed: hand its connection back later, from a request on the
        # loop, not from the garbage collector (which may run in any thread).
        conn = self._conn
        if conn is not None:
            self._conn = None
            self._transport._orphans.append(conn)

    async def aclose(self) -> None:
        """Close the connection if the body was not read to its end (it cannot be reused)."""
        conn = self._conn
        if conn is not None:
            self._conn = None
            self._transport._drop(conn)


class AsyncOpenAICoreTransport(httpx.AsyncBaseTransport):
    """
    HTTP/1.1 over asyncio with a keep-alive pool per (scheme, host, port).

    Plug it into `httpx.AsyncClient(transport=AsyncOpenAICoreTransport())`. One instance serves
    the tasks of one event loop. Besides httpx's timeouts it honours two request extensions:
    `openai_core.deadline` (a `time.monotonic()` value no socket operation may run past) and
    `openai_core.cancel` (a CancellationToken that aborts the exchange from any thread or task).

    Args:
        max_connections: connections open at once, in use or idle; more requests wait.
        max_keepalive_connections: idle connections kept for reuse.
        keepalive_expiry: seconds an idle connection is kept.
        verify: True for the system trust store, False for no verification, a CA bundle
            file or directory, or an ssl.SSLContext.
        cert: client certificate: a file, (certificate, key) or (certificate, key, password).
        proxy: an http:// proxy URL (str, httpx.URL or httpx.Proxy) for every request.
        trust_env: without `proxy`, read HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY; and
            add SSL_CERT_FILE / SSL_CERT_DIR to the trust store.
        local_address: local IP address to bind outgoing connections to.
    """

    def __init__(
        self,
        *,
        max_connections: int = 1000,
        max_keepalive_connections: int = 100,
        keepalive_expiry: float = 5.0,
        verify: Verify = True,
        cert: Cert = None,
        proxy: Any = None,
        trust_env: bool = True,
        local_address: str | None = None,
    ) -> None:
        self._pool: PoolCore[AsyncConnection] = PoolCore(
            max_connections, max_keepalive_connections, keepalive_expiry
        )
        self._orphans: deque[AsyncConnection] = deque()
        # Connections handed out: kept reachable so that a response dropped unclosed is
        # collected without its transport, which _reap then closes.
        self._in_use: set[AsyncConnection] = set()
        self._net = NetworkSettings(verify, cert, proxy, trust_env, local_address)
        track_for_fork(self)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` and return its response, whose body streams from the connection."""
        budget = RequestBudget(request)
        budget.raise_if_cancelled()
        key = self._net.key_of(request, budget)
        try:
            head, body = request_head(request, key[3])
        except h11.LocalProtocolError as exc:
            raise map_error(exc, "write", budget) from exc
        may_retry = True
        while True:
            conn = await self._acquire(key, budget)
            try:
                return await self._exchange(conn, request, head, body, budget)
            except StaleConnection as stale:
                if not may_retry or not stale.may_retry(body is None):
                    raise stale.error from stale.__cause__
                may_retry = False

    async def aclose(self) -> None:
        """Close every idle connection; connections in use close when their response does."""
        self._reap()
        for conn in self._pool.close_all():
            conn.close()

    def _after_fork(self) -> None:
        """In the child of a fork: empty pool; the parent's sockets are not touched."""
        self._orphans.clear()
        self._in_use.clear()
        for conn in self._pool.after_fork():
            conn.forget()

    async def _exchange(
        self,
        conn: AsyncConnection,
        request: httpx.Request,
        head: RequestHead,
        body: bytes | None,
        budget: RequestBudget,
    ) -> httpx.Response:
        token = budget.token
        if token is not None:
            conn.exchange += 1
            exchange = conn.exchange
            loop = asyncio.get_running_loop()
            conn.remove_cancel = token.on_cancel(
                lambda: call_soon_threadsafe(loop, conn.abort, exchange)
            )
        phase: Phase = "connect"
        write_error: Exception | None = None
        body_pulled = False
        try:
            if conn.transport is None:
                await conn.connect(budget, self._net.context_for(conn.key), self._net.local_address)
            budget.raise_if_cancelled()
            phase = "write"
            try:
                body_pulled = await self._send_request(conn, request, head, body, budget)
            except OSError as exc:
                if isinstance(exc, TimeoutError) or conn.cancelled:
                    raise
                # The server may have answered already (say 413) and closed its side: read it.
                write_error = exc
            phase = "read"
            while (response := response_head(await conn.next_event(budget))) is None:
                pass
        except BaseException as exc:
            self._drop(conn)
            if not isinstance(exc, Exception):
                raise
            if write_error is not None:
                exc, phase = write_error, "write"
            raise failure(exc, phase, budget, conn.reused, conn.received, body_pulled) from exc
        decoder = body_decoder(response)
        stream = _AsyncResponseStream(self, conn, budget, decoder)
        return make_response(response, stream, decoded=decoder is not None)

    @staticmethod
    async def _send_request(
        conn: AsyncConnection,
        request: httpx.Request,
        head: RequestHead,
        body: bytes | None,
        budget: RequestBudget,
    ) -> bool:
        """Send the head and body; return whether anything was taken from a body stream."""
        parts = request_bytes(conn.h11, head, body)
        if body is not None:
            for part in parts:
                await conn.send(part, budget)
            return False
        stream = request.stream
        if not isinstance(stream, AsyncIterable):
            raise RuntimeError(
                f"expected an async request body stream, received {type(stream).__name__}; "
                "use OpenAICoreTransport with sync bodies."
            )
        await conn.send(parts[0], budget)
        connection = conn.h11
        pulled = False
        async for chunk in stream:
            pulled = True
            if chunk:
                piece = connection.send(h11.Data(data=chunk))
                assert piece is not None
                await conn.send(piece, budget)
        end = connection.send(h11.EndOfMessage())
        assert end is not None
        await conn.send(end, budget)
        return pulled

    async def _acquire(self, key: PoolKey, budget: RequestBudget) -> AsyncConnection:
        if self._orphans:
            self._reap()
        pool = self._pool
        conn, may_open, to_close = pool.checkout(key, time.monotonic())
        for old in to_close:
            old.close()
        if conn is None:
            conn = (
                AsyncConnection(key, pool.generation)
                if may_open
                else await self._wait_for_slot(key, budget)
            )
        self._in_use.add(conn)
        if conn.transport is None:
            return conn
        # A connection of another event loop (the client outlived an asyncio.run()) is served by
        # a loop that no longer runs: reusing it would wait for its timeout.
        if conn.loop is not asyncio.get_running_loop() or conn.is_dead():
            # Its slot serves this request with a new connection.
            conn.close()
            self._in_use.discard(conn)
            conn = AsyncConnection(key, pool.generation)
            self._in_use.add(conn)
            return conn
        conn.reused = True
        conn.received = False
        conn.cancelled = False
        return conn

    async def _wait_for_slot(self, key: PoolKey, budget: RequestBudget) -> AsyncConnection:
        """Queue for a connection and wait until the pool hands one (or a slot) over."""
        give_up = float("inf") if budget.pool is None else time.monotonic() + budget.pool
        if budget.deadline is not None:
            give_up = min(give_up, budget.deadline)
        remaining = give_up - time.monotonic()
        if remaining <= 0:
            raise budget.timeout_error("pool")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        waiter: Waiter[AsyncConnection] = Waiter(key, future)
        self._pool.enqueue(waiter)
        token = budget.token
        unregister = None
        if token is not None:
            unregister = token.on_cancel(
                lambda: call_soon_threadsafe(loop, fail, future, RequestCancelledError())
            )
        try:
            await wait_future(future, None if remaining == float("inf") else remaining)
        except BaseException as exc:
            if not self._pool.withdraw(waiter):
                # Served as it gave up: what it was handed goes on to the next waiter.
                if waiter.conn is not None:
                    self._release(waiter.conn, True)
                else:
                    self._wake(self._pool.discard())
            if isinstance(exc, TimeoutError):
                raise budget.timeout_error("pool") from None
            raise
        finally:
            if unregister is not None:
                unregister()
        conn = waiter.conn
        return AsyncConnection(key, self._pool.generation) if conn is None else conn

    def _wake(self, waiter: Waiter[AsyncConnection] | None) -> None:
        """Wake the task of `waiter`; if its loop is closed, pass its hand-over on instead."""
        while waiter is not None:
            if wake_waiter(waiter.wake):
                return
            conn, waiter.conn = waiter.conn, None
            if conn is None:
                waiter = self._pool.discard()
                continue
            to_close, waiter = self._pool.release(
                conn.key, conn, True, conn.generation, time.monotonic()
            )
            if to_close is not None:
                to_close.close()

    def _unwatch(self, conn: AsyncConnection) -> None:
        remove = conn.remove_cancel
        if remove is not None:
            conn.remove_cancel = None
            conn.exchange += 1
            remove()

    def _release(self, conn: AsyncConnection, reusable: bool) -> None:
        self._unwatch(conn)
        self._in_use.discard(conn)
        to_close, waiter = self._pool.release(
            conn.key, conn, reusable, conn.generation, time.monotonic()
        )
        if to_close is not None:
            to_close.close()
        self._wake(waiter)

    def _drop(self, conn: AsyncConnection) -> None:
        self._unwatch(conn)
        self._in_use.discard(conn)
        conn.close()
        self._wake(self._pool.discard(conn.generation))

    def _reap(self) -> None:
        """Drop the connections of responses that were garbage-collected without being closed."""
        while self._orphans:
            self._drop(self._orphans.popleft())
