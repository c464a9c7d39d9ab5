"""One blocking HTTP/1.1 connection of the sync transport: socket, TLS, h11 state, cancel hook."""

from __future__ import annotations

import errno
import os
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any

import h11

from .._cancel import CancellationToken
from .._exceptions import RequestCancelledError
from .proxy import Proxy, TunnelRefused, connect_request, tunnel_error
from .sansio import READ_SIZE, UNSET, H11Next, PoolKey, RequestBudget, Unset, new_h11

__all__ = ["SyncConnection"]

_CANCEL_POLL = 0.05
"""How often a connect attempt checks its cancellation token (a blocked connect cannot be woken)."""

_UNSET_TIMEOUT = -1.0
_IN_PROGRESS = {
    0,
    errno.EINPROGRESS,
    errno.EWOULDBLOCK,
    errno.EAGAIN,
    getattr(errno, "WSAEWOULDBLOCK", errno.EWOULDBLOCK),  # what Windows returns
}


class SyncConnection:
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
        self.h11 = new_h11()
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
        """Open the socket (to the proxy, then a CONNECT tunnel, when there is one) and TLS."""
        _, raw_host, port, via = self.key
        host = raw_host.decode("ascii")
        timeout = budget.limit(budget.connect)
        give_up = None if timeout is None else time.monotonic() + timeout
        peer = (host, port) if via is None else (via.host.decode("ascii"), via.port)
        error: OSError | None = None
        for family, kind, proto, _, address in socket.getaddrinfo(*peer, type=socket.SOCK_STREAM):
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
            raise error or OSError(f"no address found for {peer[0]!r}")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if context is None:
            return
        if via is not None:
            self._tunnel(budget, via)
        sock.settimeout(None if give_up is None else max(give_up - time.monotonic(), 0.001))
        self.timeout = _UNSET_TIMEOUT
        tls = context.wrap_socket(sock, server_hostname=host)
        with self.lock:
            self.sock = tls

    def _tunnel(self, budget: RequestBudget, via: Proxy) -> None:
        """Ask the proxy for a tunnel to this connection's origin (CONNECT), within `connect`."""
        _, raw_host, port, _ = self.key
        connection, data = connect_request(raw_host, port, via)
        self.send(data, budget, budget.connect)
        ours, self.h11 = self.h11, connection
        try:
            while (
                type(event := self.next_event(budget, budget.connect)) is h11.InformationalResponse
            ):
                pass
        finally:
            self.h11 = ours
        problem = tunnel_error(event, via)
        if problem or connection.trailing_data[0]:
            status = event.status_code if type(event) is h11.Response else None
            raise TunnelRefused(
                problem or f"The proxy {via.shown} sent bytes after CONNECT.", status
            )
        self.received = False

    def is_dead(self) -> bool:
        """Whether an idle connection was closed by the server (or sent bytes nobody asked for)."""
        sock = self.sock
        if sock is None:
            return True
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        return _readable(sock)

    def send(self, data: bytes, budget: RequestBudget, limit: float | Unset | None = UNSET) -> None:
        """Write all of `data` within the write timeout (or `limit`) and the deadline."""
        timeout = budget.limit(budget.write if isinstance(limit, Unset) else limit)
        sock = self.sock
        assert sock is not None
        if timeout != self.timeout:
            sock.settimeout(timeout)
            self.timeout = timeout
        sock.sendall(data)

    def next_event(self, budget: RequestBudget, limit: float | Unset | None = UNSET) -> H11Next:
        """Return the next h11 event, reading while h11 needs data (read timeout or `limit`)."""
        connection = self.h11
        event = connection.next_event()
        while event is h11.NEED_DATA:
            timeout = budget.limit(budget.read if isinstance(limit, Unset) else limit)
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
