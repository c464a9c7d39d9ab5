"""One HTTP/1.1 connection of the async transport as an asyncio protocol, and small loop helpers."""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import h11

from .._exceptions import RequestCancelledError
from .proxy import Proxy, TunnelRefused, connect_request, tunnel_error
from .sansio import (
    READ_SIZE,
    UNSET,
    H11Next,
    PoolKey,
    RequestBudget,
    Unset,
    feed_at_most,
    new_h11,
)

__all__ = [
    "AsyncConnection",
    "call_soon_threadsafe",
    "close_connected",
    "fail",
    "wait_future",
    "wake_waiter",
]

_T = TypeVar("_T")

_READ_AHEAD = READ_SIZE // 4
"""Buffered bytes at which reading pauses while the reader is not waiting for bytes."""
_HIGH_WATER = READ_SIZE
"""
Buffered bytes at which reading from the socket pauses while the reader waits for bytes.

Reads fill at most what is left below the limit and h11 is fed at most READ_SIZE bytes per step
(`feed_at_most`): however far its reader falls behind, a connection holds at most _READ_AHEAD
bytes it was not asked for; the rest waits in the kernel's socket buffers, where a paused stream
costs the process no memory.
"""


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


async def wait_future(waiter: asyncio.Future[None], timeout: float | None) -> None:
    """Await `waiter`, failing it with TimeoutError after `timeout` seconds."""
    if timeout is None:
        await waiter
        return
    handle = waiter.get_loop().call_later(timeout, _expire, waiter)
    try:
        await waiter
    finally:
        handle.cancel()


class AsyncConnection(asyncio.BufferedProtocol):
    """
    One connection as an asyncio (buffered) protocol: buffers what arrives, wakes the one reader.

    A protocol rather than a StreamReader/StreamWriter pair: a read is then one future and
    one timer handle, and a cancellation can fail that future and abort the transport directly.
    Created in the running event loop, which it belongs to (`loop`): its transport only works
    while that loop runs.
    """

    def __init__(self, key: PoolKey, generation: int) -> None:
        self.key = key
        self.generation = generation
        self.loop = asyncio.get_running_loop()
        self.h11 = new_h11()
        self.transport: asyncio.Transport | None = None
        self.connecting: asyncio.Task[Any] | None = None
        self.exchange = 0
        self.remove_cancel: Callable[[], None] | None = None
        self.reused = False
        self.received = False
        self.cancelled = False
        self._chunks: list[bytes | bytearray | memoryview] = []
        self._read_buffer: bytearray | None = None
        self._buffered = 0
        self._eof = False
        self._lost = False
        self._lost_error: Exception | None = None
        self._reading_paused = False
        self._writing_paused = False
        self._waiter: asyncio.Future[None] | None = None
        self._drain_waiter: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def get_buffer(self, sizehint: int) -> memoryview:
        # A buffered protocol sets the size of each socket read (a plain one gets up to 256 KiB
        # per read from asyncio): a read fills at most what is left below _HIGH_WATER, where
        # reading pauses, so a reader that falls behind leaves the rest of the body in the
        # kernel's buffers and the connection never holds more than _HIGH_WATER bytes.
        buffer = self._read_buffer
        if buffer is None:
            buffer = self._read_buffer = bytearray(READ_SIZE)
        return memoryview(buffer)[: max(self._read_limit() - self._buffered, 1)]

    def _read_limit(self) -> int:
        # A reader waiting for bytes gets full reads; one busy elsewhere (or stopped) only
        # _READ_AHEAD bytes ahead of it.
        waiter = self._waiter
        return _HIGH_WATER if waiter is not None and not waiter.done() else _READ_AHEAD

    def buffer_updated(self, nbytes: int) -> None:
        buffer = self._read_buffer
        assert buffer is not None
        if nbytes > READ_SIZE // 2:
            # A large read keeps the buffer itself (no copy); the next read gets a new one.
            self._read_buffer = None
            self.data_received(memoryview(buffer)[:nbytes])
        else:
            self.data_received(bytes(buffer[:nbytes]))

    def data_received(self, data: bytes | bytearray | memoryview) -> None:
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered >= self._read_limit() and not self._reading_paused and self.transport:
            self._reading_paused = True
            self._read_buffer = None  # a paused connection holds no read buffer
            self.transport.pause_reading()
        self._wake(self._waiter)

    def eof_received(self) -> bool:
        self._eof = True
        self._wake(self._waiter)
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = True
        self._lost_error = exc
        self._wake(self._waiter)
        self._wake(self._drain_waiter)

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        self._wake(self._drain_waiter)

    @staticmethod
    def _wake(waiter: asyncio.Future[None] | None) -> None:
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def connect(
        self, budget: RequestBudget, context: ssl.SSLContext | None, local_address: str | None
    ) -> None:
        """Open the connection (to the proxy, then a CONNECT tunnel, when there is one) and TLS."""
        _, raw_host, port, via = self.key
        host = raw_host.decode("ascii")
        timeout = budget.limit(budget.connect)
        give_up = None if timeout is None else time.monotonic() + timeout
        peer = (host, port) if via is None else (via.host.decode("ascii"), via.port)
        direct_tls = context if via is None else None
        await self._connect_step(
            self.loop.create_connection(
                lambda: self,
                *peer,
                ssl=direct_tls,
                server_hostname=host if direct_tls is not None else None,
                local_addr=None if local_address is None else (local_address, 0),
            ),
            give_up,
        )
        if context is None or via is None:
            return
        await self._tunnel(budget, via)
        transport = self.transport
        assert transport is not None
        tls = await self._connect_step(
            self.loop.start_tls(transport, self, context, server_hostname=host), give_up
        )
        if tls is None:
            raise ConnectionResetError("the proxy closed the tunnel during the TLS handshake")
        self.transport = tls

    async def _connect_step(self, step: Coroutine[Any, Any, _T], give_up: float | None) -> _T:
        """
        Run one step of connecting in a task of its own, so that a cancelled token can stop it
        (see `abort`) without touching the caller's task, within the connect timeout.
        """
        task = self.loop.create_task(step)
        self.connecting = task
        timeout = None if give_up is None else max(give_up - time.monotonic(), 0.0)
        try:
            done, _ = await asyncio.wait((task,), timeout=timeout)
        except BaseException:
            task.cancel()
            task.add_done_callback(close_connected)
            raise
        finally:
            self.connecting = None
        if not done:
            task.cancel()
            task.add_done_callback(close_connected)
            raise TimeoutError("connect timed out")
        if task.cancelled():
            raise RequestCancelledError()
        return task.result()

    async def _tunnel(self, budget: RequestBudget, via: Proxy) -> None:
        """Ask the proxy for a tunnel to this connection's origin (CONNECT), within `connect`."""
        _, raw_host, port, _ = self.key
        connection, data = connect_request(raw_host, port, via)
        await self.send(data, budget, budget.connect)
        ours, self.h11 = self.h11, connection
        try:
            while (
                type(event := await self.next_event(budget, budget.connect))
                is h11.InformationalResponse
            ):
                pass
        finally:
            self.h11 = ours
        problem = tunnel_error(event, via)
        if problem or connection.trailing_data[0] or self._chunks:
            status = event.status_code if type(event) is h11.Response else None
            raise TunnelRefused(
                problem or f"The proxy {via.shown} sent bytes after CONNECT.", status
            )
        self.received = False

    def is_dead(self) -> bool:
        """Whether an idle connection was closed by the server (or sent bytes nobody asked for)."""
        transport = self.transport
        return (
            transport is None
            or self._lost
            or self._eof
            or bool(self._chunks)
            or transport.is_closing()
        )

    async def send(
        self, data: bytes, budget: RequestBudget, limit: float | Unset | None = UNSET
    ) -> None:
        """Write `data`, waiting within the write timeout (or `limit`) while the buffer is full."""
        transport = self.transport
        if self._lost or transport is None or transport.is_closing():
            raise self._lost_error or ConnectionResetError("the connection was closed")
        transport.write(data)
        while self._writing_paused and not self._lost:
            waiter = self._drain_waiter = asyncio.get_running_loop().create_future()
            try:
                await wait_future(
                    waiter, budget.limit(budget.write if isinstance(limit, Unset) else limit)
                )
            finally:
                self._drain_waiter = None
        if self._lost:
            raise self._lost_error or ConnectionResetError("the connection was closed")

    async def next_event(
        self, budget: RequestBudget, limit: float | Unset | None = UNSET
    ) -> H11Next:
        """Return the next h11 event, waiting while h11 needs data (read timeout or `limit`)."""
        connection = self.h11
        event = connection.next_event()
        while event is h11.NEED_DATA:
            chunks = self._chunks
            if not chunks:
                if self.cancelled:
                    raise RequestCancelledError()
                if self._lost and self._lost_error is not None:
                    raise self._lost_error
                if self._eof or self._lost:
                    connection.receive_data(b"")
                    event = connection.next_event()
                    continue
                waiter = self._waiter = asyncio.get_running_loop().create_future()
                try:
                    await wait_future(
                        waiter, budget.limit(budget.read if isinstance(limit, Unset) else limit)
                    )
                finally:
                    self._waiter = None
                continue
            self.received = True
            self._buffered -= feed_at_most(connection, chunks, READ_SIZE)
            if self._reading_paused and self._buffered < _HIGH_WATER and self.transport:
                self._reading_paused = False
                self.transport.resume_reading()
            event = connection.next_event()
        if type(event) is h11.EndOfMessage:
            self._read_buffer = None  # an idle connection in the pool holds no read buffer
        return event

    def abort(self, exchange: int) -> None:
        """Cancel callback (on the loop): abort the transport if it still serves `exchange`."""
        if self.exchange != exchange:
            return
        self.cancelled = True
        for waiter in (self._waiter, self._drain_waiter):
            if waiter is not None and not waiter.done():
                waiter.set_exception(RequestCancelledError())
        if self.connecting is not None:
            self.connecting.cancel()
        if self.transport is not None:
            self.transport.abort()

    def close(self) -> None:
        """Close the transport at once, from any loop or thread; nothing buffered matters."""
        transport = self.transport
        if transport is None:
            return
        loop = self.loop
        if loop.is_closed():
            self.transport = None
            self._lost = True
            _close_stranded(transport)
        elif loop is asyncio._get_running_loop() or not loop.is_running():
            transport.abort()
        else:
            call_soon_threadsafe(loop, transport.abort)

    def forget(self) -> None:
        """
        Close this process's copy of the socket without its event loop, which belongs to the
        parent of a fork (nothing is sent: the parent's descriptor keeps the socket open).
        """
        transport, self.transport = self.transport, None
        self._lost = True
        if transport is not None:
            _close_socket_of(transport)


def _close_socket_of(transport: asyncio.Transport) -> None:
    """Close the socket of an asyncio selector transport directly (see `_close_stranded`)."""
    inner: Any = getattr(getattr(transport, "_ssl_protocol", None), "_transport", None)
    if inner is None:
        inner = transport
    sock = getattr(inner, "_sock", None)
    if isinstance(sock, socket.socket):
        sock.close()
        # What abort()'s callback does last: a transport with a socket warns (ResourceWarning)
        # when it is collected, at some unrelated later time.
        inner._sock = None


def _close_stranded(transport: asyncio.Transport) -> None:
    """
    Close a transport whose event loop is closed (an AsyncClient used again after asyncio.run).

    abort() closes the socket in a callback its loop would run, and a closed loop runs none;
    asyncio offers no public way to close the socket otherwise (get_extra_info("socket") has no
    close()). So this does that callback's work on the selector transport asyncio uses, and
    leaves transports of other event loop implementations to their own finalizers.
    """
    try:
        transport.abort()  # marks it closing before it fails to schedule the rest
    except RuntimeError:
        pass
    _close_socket_of(transport)


def close_connected(task: asyncio.Task[Any]) -> None:
    """Done-callback of a connect step that was given up on: close what it opened, if any."""
    if not task.cancelled() and task.exception() is None:
        opened = task.result()
        transport = opened[0] if isinstance(opened, tuple) else opened
        if transport is not None:
            transport.abort()


def wake_waiter(waiter: asyncio.Future[None]) -> bool:
    """
    Wake `waiter` (a task waiting for a pool slot) from any loop or thread.

    Returns:
        False if its loop is closed: nobody waits on it any more, wake another waiter instead.
    """
    loop = waiter.get_loop()
    if loop is asyncio._get_running_loop():
        AsyncConnection._wake(waiter)
        return True
    if loop.is_closed():
        return False
    call_soon_threadsafe(loop, AsyncConnection._wake, waiter)
    return True


def fail(waiter: asyncio.Future[None], error: Exception) -> None:
    if not waiter.done():
        waiter.set_exception(error)


def call_soon_threadsafe(
    loop: asyncio.AbstractEventLoop, callback: Callable[..., object], *args: object
) -> None:
    """Schedule `callback` on `loop` from any thread; a closed loop has nothing left to abort."""
    try:
        loop.call_soon_threadsafe(callback, *args)
    except RuntimeError:
        pass
