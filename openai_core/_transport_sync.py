"""The sync shell of the HTTP/1.1 transport: blocking sockets and a thread-safe keep-alive pool."""

from __future__ import annotations

import errno
import os
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import h11
import httpx

from ._cancel import CancellationToken
from ._exceptions import RequestCancelledError
from ._transport_core import (
    READ_SIZE,
    H11Next,
    Phase,
    PoolCore,
    PoolKey,
    RequestBudget,
    body_piece,
    finish_cycle,
    h11_request,
    make_response,
    map_error,
    origin_of,
    request_bytes,
    response_head,
    ssl_context_for,
)

__all__ = ["OpenAICoreTransport"]

_CANCEL_POLL = 0.05
"""How often a connect attempt checks its cancellation token (a blocked connect cannot be woken)."""

_UNSET_TIMEOUT = -1.0
_IN_PROGRESS = {0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN}


class _Stale(Exception):
    """A reused connection died before any of the response arrived: safe to retry once."""

    def __init__(self, error: Exception, body_pulled: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.body_pulled = body_pulled


class _SyncConnection:
    """One socket, its h11 state, and what the current exchange has done with it."""

    __slots__ = (
        "exchange",
        "generation",
        "h11",
        "key",
        "lock",
        "received",
        "remove_cancel",
        "reused",
        "sock",
        "timeout",
    )

    def __init__(self, key: PoolKey, generation: int) -> None:
        self.key = key
        self.generation = generation
        self.h11 = h11.Connection(h11.CLIENT)
        self.sock: socket.socket | None = None
        self.timeout: float | None = _UNSET_TIMEOUT
        self.lock = threading.Lock()
        self.exchange = 0
        self.remove_cancel: Callable[[], None] | None = None
        self.reused = False
        self.received = False

    def connect(
        self, budget: RequestBudget, context: ssl.SSLContext | None, local_address: str | None
    ) -> None:
        """Open the socket (and TLS) within the connect timeout."""
        _, raw_host, port = self.key
        host = raw_host.decode("ascii")
        timeout = budget.limit(budget.connect)
        give_up = None if timeout is None else time.monotonic() + timeout
        error: OSError | None = None
        for family, kind, proto, _, address in socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        ):
            sock = socket.socket(family, kind, proto)
            with self.lock:
                self.sock = sock
            try:
                if local_address is not None:
                    sock.bind((local_address, 0))
                _connect_socket(sock, address, give_up, budget.token)
            except OSError as exc:
                sock.close()
                if isinstance(exc, TimeoutError):
                    raise
                error = exc
                continue
            break
        else:
            raise error or OSError(f"no address found for {host!r}")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if context is not None:
            sock.settimeout(None if give_up is None else max(give_up - time.monotonic(), 0.001))
            tls = context.wrap_socket(sock, server_hostname=host)
            with self.lock:
                self.sock = tls

    def is_dead(self) -> bool:
        """Whether an idle connection was closed by the server (or sent bytes nobody asked for)."""
        sock = self.sock
        if sock is None:
            return True
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        return _readable(sock)

    def send(self, data: bytes, budget: RequestBudget) -> None:
        """Write all of `data` within the write timeout and the deadline."""
        timeout = budget.limit(budget.write)
        sock = self.sock
        assert sock is not None
        if timeout != self.timeout:
            sock.settimeout(timeout)
            self.timeout = timeout
        sock.sendall(data)

    def next_event(self, budget: RequestBudget) -> H11Next:
        """Return the next h11 event, reading from the socket while h11 needs data."""
        connection = self.h11
        event = connection.next_event()
        while event is h11.NEED_DATA:
            timeout = budget.limit(budget.read)
            sock = self.sock
            assert sock is not None
            if timeout != self.timeout:
                sock.settimeout(timeout)
                self.timeout = timeout
            data = sock.recv(READ_SIZE)
            if data:
                self.received = True
            connection.receive_data(data)
            event = connection.next_event()
        return event

    def abort(self, exchange: int) -> None:
        """Cancel callback: shut the socket down if it still serves exchange number `exchange`."""
        with self.lock:
            if self.exchange == exchange and self.sock is not None:
                try:
                    # The plain-socket shutdown, even for TLS: it wakes a blocked recv at once
                    # and leaves the TLS object alone for the thread that is using it.
                    socket.socket.shutdown(self.sock, socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        """Close the socket; safe to call more than once."""
        sock = self.sock
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass


def _connect_socket(
    sock: socket.socket,
    address: tuple[Any, ...] | str,
    give_up: float | None,
    token: CancellationToken | None,
) -> None:
    """Connect without blocking forever, so that a cancelled token is noticed promptly."""
    sock.setblocking(False)
    code = sock.connect_ex(address)
    if code not in _IN_PROGRESS:
        raise OSError(code, os.strerror(code))
    if code:
        while True:
            wait: float | None = None
            if give_up is not None:
                wait = give_up - time.monotonic()
                if wait <= 0:
                    raise TimeoutError("connect timed out")
            if token is not None:
                wait = _CANCEL_POLL if wait is None else min(wait, _CANCEL_POLL)
            if _writable(sock, wait):
                break
            if token is not None and token.cancelled:
                raise RequestCancelledError()
        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code:
            raise OSError(code, os.strerror(code))


if hasattr(select, "poll"):

    def _readable(sock: socket.socket) -> bool:
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))

    def _writable(sock: socket.socket, timeout: float | None) -> bool:
        poller = select.poll()
        poller.register(sock, select.POLLOUT)
        return bool(poller.poll(None if timeout is None else max(timeout * 1000.0, 0.0)))

else:  # pragma: no cover - Windows has no poll()

    def _readable(sock: socket.socket) -> bool:
        return bool(select.select([sock], [], [], 0)[0])

    def _writable(sock: socket.socket, timeout: float | None) -> bool:
        _, writable, failed = select.select([], [sock], [sock], timeout)
        return bool(writable or failed)


class _SyncResponseStream(httpx.SyncByteStream):
    """The body of one response, read from its connection as the caller iterates."""

    def __init__(
        self, transport: OpenAICoreTransport, conn: _SyncConnection, budget: RequestBudget
    ) -> None:
        self._transport = transport
        self._conn: _SyncConnection | None = conn
        self._budget = budget

    def __iter__(self) -> _SyncResponseStream:
        return self

    def __next__(self) -> bytes:
        conn = self._conn
        if conn is None:
            raise StopIteration
        try:
            piece = body_piece(conn.next_event(self._budget))
        except BaseException as exc:
            self._conn = None
            self._transport._drop(conn)
            if isinstance(exc, Exception):
                raise map_error(exc, "read", self._budget) from exc
            raise
        if piece is None:
            self._conn = None
            self._transport._release(conn, finish_cycle(conn.h11))
            raise StopIteration
        return piece

    def close(self) -> None:
        """Close the connection if the body was not read to its end (it cannot be reused)."""
        conn = self._conn
        if conn is not None:
            self._conn = None
            self._transport._drop(conn)


class OpenAICoreTransport(httpx.BaseTransport):
    """
    HTTP/1.1 over blocking sockets with a keep-alive pool per (scheme, host, port).

    Plug it into `httpx.Client(transport=OpenAICoreTransport())`. One instance is safe to share
    between threads. Besides httpx's timeouts it honours two request extensions:
    `openai_core.deadline` (a `time.monotonic()` value no socket operation may run past) and
    `openai_core.cancel` (a CancellationToken that aborts the exchange from any thread).

    Args:
        max_connections: connections open at once, in use or idle; more requests wait.
        max_keepalive_connections: idle connections kept for reuse.
        keepalive_expiry: seconds an idle connection is kept.
        verify: True for the system trust store, False for no verification, or an SSLContext.
        local_address: local IP address to bind outgoing connections to.
    """

    def __init__(
        self,
        *,
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = 5.0,
        verify: bool | ssl.SSLContext = True,
        local_address: str | None = None,
    ) -> None:
        self._pool: PoolCore[_SyncConnection] = PoolCore(
            max_connections, max_keepalive_connections, keepalive_expiry
        )
        self._cond = threading.Condition(threading.Lock())
        self._verify = verify
        self._ssl_context: ssl.SSLContext | None = None
        self._local_address = local_address

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` and return its response, whose body streams from the connection."""
        budget = RequestBudget(request)
        budget.raise_if_cancelled()
        key = origin_of(request.url)
        try:
            head, body = h11_request(request)
        except h11.LocalProtocolError as exc:
            raise map_error(exc, "write", budget) from exc
        may_retry = True
        while True:
            conn = self._acquire(key, budget)
            try:
                return self._exchange(conn, request, head, body, budget)
            except _Stale as stale:
                if not may_retry or (body is None and stale.body_pulled):
                    raise stale.error from stale.__cause__
                may_retry = False

    def close(self) -> None:
        """Close every idle connection; connections in use close when their response does."""
        with self._cond:
            idle = self._pool.close_all()
            self._cond.notify_all()
        for conn in idle:
            conn.close()

    def _exchange(
        self,
        conn: _SyncConnection,
        request: httpx.Request,
        head: h11.Request,
        body: bytes | None,
        budget: RequestBudget,
    ) -> httpx.Response:
        token = budget.token
        if token is not None:
            with conn.lock:
                conn.exchange += 1
                exchange = conn.exchange
            conn.remove_cancel = token.on_cancel(lambda: conn.abort(exchange))
        phase: Phase = "connect"
        write_error: Exception | None = None
        body_pulled = False
        try:
            if conn.sock is None:
                conn.connect(budget, self._context_for(conn.key), self._local_address)
            budget.raise_if_cancelled()
            phase = "write"
            try:
                body_pulled = self._send_request(conn, request, head, body, budget)
            except OSError as exc:
                if isinstance(exc, TimeoutError) or (token is not None and token.cancelled):
                    raise
                # The server may have answered already (say 413) and closed its side: read it.
                write_error = exc
            phase = "read"
            while (response := response_head(conn.next_event(budget))) is None:
                pass
        except BaseException as exc:
            self._drop(conn)
            if not isinstance(exc, Exception):
                raise
            if write_error is not None:
                exc, phase = write_error, "write"
            error = map_error(exc, phase, budget)
            if (
                conn.reused
                and not conn.received
                and not isinstance(error, (httpx.TimeoutException, RequestCancelledError))
            ):
                raise _Stale(error, body_pulled) from exc
            raise error from exc
        return make_response(response, _SyncResponseStream(self, conn, budget))

    @staticmethod
    def _send_request(
        conn: _SyncConnection,
        request: httpx.Request,
        head: h11.Request,
        body: bytes | None,
        budget: RequestBudget,
    ) -> bool:
        """Send the head and body; return whether anything was taken from a body stream."""
        parts = request_bytes(conn.h11, head, body)
        if body is not None:
            for part in parts:
                conn.send(part, budget)
            return False
        stream = request.stream
        if not isinstance(stream, Iterable):
            raise RuntimeError(
                f"expected a sync request body stream, received {type(stream).__name__}; "
                "use AsyncOpenAICoreTransport with async bodies."
            )
        conn.send(parts[0], budget)
        connection = conn.h11
        pulled = False
        for chunk in stream:
            pulled = True
            if chunk:
                piece = connection.send(h11.Data(data=chunk))
                assert piece is not None
                conn.send(piece, budget)
        end = connection.send(h11.EndOfMessage())
        assert end is not None
        conn.send(end, budget)
        return pulled

    def _context_for(self, key: PoolKey) -> ssl.SSLContext | None:
        if key[0] != b"https":
            return None
        context = self._ssl_context
        if context is None:
            # Created on first use: loading the trust store costs milliseconds.
            context = self._ssl_context = ssl_context_for(self._verify)
        return context

    def _acquire(self, key: PoolKey, budget: RequestBudget) -> _SyncConnection:
        pool, cond = self._pool, self._cond
        give_up: float | None = None
        unregister: Callable[[], None] | None = None
        ready_to_wait = budget.token is None
        try:
            while True:
                with cond:
                    now = time.monotonic()
                    conn, may_open, to_close = pool.checkout(key, now)
                    if conn is None and not may_open and ready_to_wait:
                        give_up = self._wait_for_slot(budget, now, give_up)
                for old in to_close:
                    old.close()
                if conn is not None:
                    if conn.is_dead():
                        self._drop(conn)
                        continue
                    conn.reused = True
                    conn.received = False
                    return conn
                if may_open:
                    return _SyncConnection(key, pool.generation)
                if not ready_to_wait and budget.token is not None:
                    # Registered outside the pool lock: on_cancel may run the callback at once.
                    unregister = budget.token.on_cancel(self._wake_all)
                    ready_to_wait = True
                budget.raise_if_cancelled()
        finally:
            if unregister is not None:
                unregister()

    def _wait_for_slot(self, budget: RequestBudget, now: float, give_up: float | None) -> float:
        """Wait (pool lock held) for a connection to free up; return when to give up."""
        if give_up is None:
            give_up = float("inf") if budget.pool is None else now + budget.pool
        until = give_up if budget.deadline is None else min(give_up, budget.deadline)
        remaining = until - now
        if remaining <= 0:
            self._cond.notify()  # pass on a wake-up this thread may have taken
            raise budget.timeout_error("pool")
        self._cond.wait(None if remaining == float("inf") else remaining)
        return give_up

    def _wake_all(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def _unwatch(self, conn: _SyncConnection) -> None:
        remove = conn.remove_cancel
        if remove is not None:
            conn.remove_cancel = None
            with conn.lock:
                conn.exchange += 1
            remove()

    def _release(self, conn: _SyncConnection, reusable: bool) -> None:
        self._unwatch(conn)
        with self._cond:
            to_close = self._pool.release(
                conn.key, conn, reusable, conn.generation, time.monotonic()
            )
            self._cond.notify()
        if to_close is not None:
            to_close.close()

    def _drop(self, conn: _SyncConnection) -> None:
        self._unwatch(conn)
        conn.close()
        with self._cond:
            self._pool.discard()
            self._cond.notify()
