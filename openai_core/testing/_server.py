"""
The fake provider as a real HTTP/1.1 server on a loopback port, for tests that must exercise
sockets: keep-alive, chunked request and response bodies, per-chunk timing, and connection faults.

Built on ``http.server`` with one thread per connection. A reset sets ``SO_LINGER`` to zero before
closing, so the client sees a TCP RST rather than an orderly end of stream. Stopping the server
wakes every sleeping or stalled reply, shuts idle keep-alive connections down and joins all
threads, so nothing outlives the ``with`` block.
"""

from __future__ import annotations

import os
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING

from ._models import FakeReply, Reset, Send, Sleep, Stall, body_plan, framing, has_own_framing

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._transport import RawHandler

__all__ = ["FakeServer"]

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class FakeServer:
    """
    A running HTTP server for a FakeProvider; ``provider.serve()`` returns one.

    Attributes:
        host: The bound address.
        port: The bound port.
        url: ``http://host:port``.
        base_url: ``http://host:port/v1``, the value to give a client as its base URL.
    """

    def __init__(self, handler: RawHandler, *, host: str, port: int, stall_timeout: float) -> None:
        """
        Bind the socket and start serving in a background thread.

        Args:
            handler: ``FakeProvider.handle_raw``.
            host: Address to bind.
            port: Port to bind; 0 picks a free one.
            stall_timeout: Longest time a stalled reply keeps its connection open.
        """
        self.handler = handler
        self.stall_timeout = stall_timeout
        self.stopped = threading.Event()
        self._lock = threading.Lock()
        self._connections: dict[int, socket.socket] = {}
        self._connection_count = 0
        self._httpd = _HTTPServer((host, port), _Handler, self)
        self.host = str(self._httpd.server_address[0])
        self.port = int(self._httpd.server_address[1])
        self.url = f"http://{self.host}:{self.port}"
        self.base_url = f"{self.url}/v1"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-openai-server-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def __repr__(self) -> str:
        """Show where the server listens and whether it still runs."""
        state = "stopped" if self.stopped.is_set() else "running"
        return f"<FakeServer {self.base_url} {state}>"

    def __enter__(self) -> Self:
        """Return the running server."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.close()

    @property
    def connection_count(self) -> int:
        """How many connections the server has accepted so far."""
        with self._lock:
            return self._connection_count

    def close(self) -> None:
        """Stop serving, drop open connections and join every server thread (idempotent)."""
        with self._lock:
            if self.stopped.is_set():
                return
            self.stopped.set()
            connections = list(self._connections.values())
        self._httpd.shutdown()
        for connection in connections:
            _shutdown(connection)
        self._httpd.server_close()
        self._thread.join()

    def register(self, connection: socket.socket) -> int:
        """
        Track a new connection so close() can wake it; return its number (from 1).

        Args:
            connection: The accepted socket.
        """
        with self._lock:
            self._connection_count += 1
            number = self._connection_count
            self._connections[number] = connection
            stopping = self.stopped.is_set()
        if stopping:
            _shutdown(connection)
        return number

    def unregister(self, number: int) -> None:
        """Forget a finished connection."""
        with self._lock:
            self._connections.pop(number, None)


class _HTTPServer(ThreadingHTTPServer):
    # Non-daemon handler threads are tracked, so server_close() joins them.
    daemon_threads = False
    block_on_close = True
    # socketserver's default backlog of 5 drops SYNs under bursts, costing clients a 1 s retry.
    request_queue_size = 256

    def __init__(
        self, address: tuple[str, int], handler: type[_Handler], owner: FakeServer
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection_id = self.server.owner.register(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner.unregister(self.connection_id)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean: the provider records every request already."""

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def _serve(self) -> None:
        owner = self.server.owner
        try:
            body = self._read_body()
        except ValueError:
            self.close_connection = True
            self.send_error(400, "Malformed chunked request body.")
            return
        reply = owner.handler(
            self.command, self.path, self.headers.items(), body, self.connection_id
        )
        if reply.delay and owner.stopped.wait(reply.delay):
            self.close_connection = True
            return
        if reply.reset_before_headers:
            self._reset()
            return
        try:
            self._send(reply)
        except OSError:
            self.close_connection = True

    def _send(self, reply: FakeReply) -> None:
        owner = self.server.owner
        headers, chunked = framing(reply)
        self.send_response_only(reply.status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if has_own_framing(reply):
            # The test framed the body itself; the connection cannot be trusted afterwards.
            self.close_connection = True
        for step in body_plan(reply):
            if isinstance(step, Send):
                self.wfile.write(
                    b"%x\r\n%s\r\n" % (len(step.data), step.data) if chunked else step.data
                )
            elif isinstance(step, Sleep) and owner.stopped.wait(step.seconds):
                self.close_connection = True
                return
            elif isinstance(step, Reset):
                self._reset()
                return
            elif isinstance(step, Stall):
                owner.stopped.wait(owner.stall_timeout)
                self.close_connection = True
                return
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            return self._read_chunked()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        # RFC 9112 section 7.1: size line (extensions ignored), data, CRLF; size 0, trailers, CRLF.
        parts: list[bytes] = []
        while True:
            size = int(self.rfile.readline(65537).split(b";")[0].strip(), 16)
            if size == 0:
                while self.rfile.readline(65537).strip():
                    pass
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline(3)

    def _reset(self) -> None:
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # detach() closes the socket object now, even though rfile/wfile still refer to it.
            os.close(self.connection.detach())
        except OSError:
            pass


for _method in _METHODS:
    setattr(_Handler, f"do_{_method}", _Handler._serve)


def _shutdown(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
