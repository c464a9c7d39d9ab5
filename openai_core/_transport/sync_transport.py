"""The sync shell of the HTTP/1.1 transport: blocking sockets and a thread-safe keep-alive pool."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterable
from typing import Any

import h11
import httpx

from .._exceptions import RequestCancelledError
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
from .sync_connection import SyncConnection

__all__ = ["OpenAICoreTransport"]


class _SyncResponseStream(httpx.SyncByteStream):
    """The body of one response, read from its connection as the caller iterates."""

    def __init__(
        self,
        transport: OpenAICoreTransport,
        conn: SyncConnection,
        budget: RequestBudget,
        decoder: Decoder | None,
    ) -> None:
        self._transport = transport
        self._conn: SyncConnection | None = conn
        self._budget = budget
        self._stop: Stop = None  # where the last gather_body stopped
        self._decoder = decoder

    def __iter__(self) -> _SyncResponseStream:
        return self

    def __next__(self) -> bytes:
        conn = self._conn
        if conn is None:
            raise StopIteration
        try:
            stop, self._stop = self._stop, None
            event = conn.next_event(self._budget) if stop is None else next_after(stop)
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
                raise StopIteration
            return b""
        return piece

    def __del__(self) -> None:
        # A response dropped unclosed. Dropping its connection takes no lock (see `_settle`):
        # the garbage collector may run this while this very thread holds the pool's lock.
        conn = self._conn
        if conn is not None:
            self._conn = None
            try:
                self._transport._drop(conn)
            except Exception:  # at interpreter exit, modules may be half torn down
                pass

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
        self._pool: PoolCore[SyncConnection] = PoolCore(
            max_connections, max_keepalive_connections, keepalive_expiry
        )
        self._lock = threading.Lock()
        # Connections handed back, applied to the pool under its lock (see `_settle`).
        self._settled: deque[tuple[SyncConnection | None, bool]] = deque()
        # Connections handed out, kept reachable until they come back (or are dropped).
        self._in_use: set[SyncConnection] = set()
        self._net = NetworkSettings(verify, cert, proxy, trust_env, local_address)
        track_for_fork(self)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
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
            conn = self._acquire(key, budget)
            try:
                return self._exchange(conn, request, head, body, budget)
            except StaleConnection as stale:
                if not may_retry or not stale.may_retry(body is None):
                    raise stale.error from stale.__cause__
                may_retry = False

    def close(self) -> None:
        """Close every idle connection; connections in use close when their response does."""
        self._lock.acquire()
        try:
            idle = self._pool.close_all()
        finally:
            self._unlock()
        for conn in idle:
            conn.close()

    def _after_fork(self) -> None:
        """In the child of a fork: new lock, empty pool; the parent's sockets are not touched."""
        self._lock = threading.Lock()  # another thread of the parent may have held it
        self._settled.clear()
        self._in_use.clear()
        for conn in self._pool.after_fork():
            conn.close()

    def _exchange(
        self,
        conn: SyncConnection,
        request: httpx.Request,
        head: RequestHead,
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
                conn.connect(budget, self._net.context_for(conn.key), self._net.local_address)
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
            raise failure(exc, phase, budget, conn.reused, conn.received, body_pulled) from exc
        decoder = body_decoder(response)
        stream = _SyncResponseStream(self, conn, budget, decoder)
        return make_response(response, stream, decoded=decoder is not None)

    @staticmethod
    def _send_request(
        conn: SyncConnection,
        request: httpx.Request,
        head: RequestHead,
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

    def _acquire(self, key: PoolKey, budget: RequestBudget) -> SyncConnection:
        if self._settled:
            self._flush()
        pool = self._pool
        waiter: Waiter[SyncConnection] | None = None
        self._lock.acquire()
        try:
            conn, may_open, to_close = pool.checkout(key, time.monotonic())
            if conn is None and not may_open:
                wake = threading.Lock()
                wake.acquire()
                waiter = Waiter(key, wake)
                pool.enqueue(waiter)
        finally:
            self._unlock()
        for old in to_close:
            old.close()
        if waiter is not None:
            conn = self._wait_for_slot(waiter, budget)
        elif conn is None:
            conn = SyncConnection(key, pool.generation)
        self._in_use.add(conn)  # (set.add is atomic: no lock needed)
        if conn.sock is None:
            return conn
        if conn.is_dead():
            # A connection that died idle: its slot serves this request with a new one.
            conn.close()
            self._in_use.discard(conn)
            conn = SyncConnection(key, pool.generation)
            self._in_use.add(conn)
            return conn
        conn.reused = True
        conn.received = False
        return conn

    def _wait_for_slot(
        self, waiter: Waiter[SyncConnection], budget: RequestBudget
    ) -> SyncConnection:
        """Wait (no lock held) until the pool hands `waiter` a connection or a slot."""
        give_up = float("inf") if budget.pool is None else time.monotonic() + budget.pool
        if budget.deadline is not None:
            give_up = min(give_up, budget.deadline)
        token = budget.token
        unregister = token.on_cancel(lambda: _wake(waiter)) if token is not None else None
        try:
            remaining = give_up - time.monotonic()
            woken = remaining > 0 and waiter.wake.acquire(
                timeout=-1 if remaining == float("inf") else remaining
            )
        finally:
            if unregister is not None:
                unregister()
        if not waiter.served:
            self._lock.acquire()
            try:
                if not waiter.served:
                    self._pool.withdraw(waiter)
            finally:
                self._unlock()
        if not waiter.served:
            budget.raise_if_cancelled()
            if not woken:
                raise budget.timeout_error("pool")
        conn = waiter.conn
        if token is not None and token.cancelled:
            # Served as the token fired: what it was handed goes on to the next waiter.
            if conn is not None:
                self._settle(conn, True)
            else:
                self._settle(None, False)
            raise RequestCancelledError()
        return SyncConnection(waiter.key, self._pool.generation) if conn is None else conn

    def _unwatch(self, conn: SyncConnection) -> None:
        remove = conn.remove_cancel
        if remove is not None:
            conn.remove_cancel = None
            conn.exchange += 1  # a late abort() of the old exchange then leaves the socket be
            remove()

    def _release(self, conn: SyncConnection, reusable: bool) -> None:
        self._unwatch(conn)
        if not reusable:
            conn.close()
        self._settle(conn, reusable)

    def _drop(self, conn: SyncConnection) -> None:
        self._unwatch(conn)
        conn.close()
        self._settle(conn, False)

    def _settle(self, conn: SyncConnection | None, reusable: bool) -> None:
        """
        Hand a connection back (None: only its slot) without ever waiting for a lock.

        Called when a response ends, is closed, or is finalized by the garbage collector, which
        may run in this very thread while it holds the pool's lock: the connection is queued and
        applied by whichever thread holds the lock next (see `_unlock`).
        """
        self._settled.append((conn, reusable))
        self._flush()

    def _flush(self) -> None:
        """Apply queued hand-backs if the pool's lock is free; its holder does it otherwise."""
        settled = self._settled
        lock = self._lock
        while settled:
            if not lock.acquire(blocking=False):
                return  # the holder flushes when it unlocks
            to_close: list[SyncConnection] = []
            woken: list[Waiter[SyncConnection]] = []
            try:
                pool = self._pool
                now = time.monotonic()
                while settled:
                    try:
                        conn, reusable = settled.popleft()
                    except IndexError:
                        break
                    if conn is None:
                        waiter = pool.discard()
                    else:
                        self._in_use.discard(conn)
                        if reusable:
                            closing, waiter = pool.release(
                                conn.key, conn, True, conn.generation, now
                            )
                            if closing is not None:
                                to_close.append(closing)
                        else:
                            waiter = pool.discard(conn.generation)
                    if waiter is not None:
                        woken.append(waiter)
            finally:
                lock.release()
            for waiter in woken:
                _wake(waiter)
            for conn in to_close:
                conn.close()

    def _unlock(self) -> None:
        """Release the pool's lock, then apply what was queued while it was held."""
        self._lock.release()
        if self._settled:
            self._flush()


def _wake(waiter: Waiter[SyncConnection]) -> None:
    """Wake a waiting thread; lock-free, safe to call twice."""
    try:
        waiter.wake.release()
    except RuntimeError:  # already woken
        pass
