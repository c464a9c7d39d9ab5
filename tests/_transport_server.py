"""A raw-socket HTTP/1.1 test server on 127.0.0.1 for the transport tests: one thread per connection,
each running a handler that reads requests and writes whatever bytes the test needs."""

from __future__ import annotations

import shutil
import socket
import ssl
import struct
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

WAIT = 5.0
"""Upper bound for any wait in the tests, so a bug fails a test instead of hanging the suite."""


@dataclass
class Received:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    chunked: bool = False


@dataclass
class Peer:
    """The server side of one accepted connection."""

    sock: socket.socket
    index: int
    address: tuple[str, int] = ("", 0)
    closed_by_client: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.rfile = self.sock.makefile("rb")

    def read_request(self) -> Received | None:
        """Read one request; None when the client closed the connection."""
        try:
            line = self.rfile.readline()
        except OSError:
            line = b""
        if not line:
            self.closed_by_client.set()
            return None
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while (line := self.rfile.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        chunked = headers.get("transfer-encoding", "").lower() == "chunked"
        if chunked:
            parts = []
            while (size := int(self.rfile.readline().split(b";")[0], 16)) > 0:
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass
            body = b"".join(parts)
        else:
            body = self.rfile.read(int(headers.get("content-length", "0")))
        return Received(method, target, headers, body, chunked)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def wait_closed(self, timeout: float = WAIT) -> bool:
        """Read until the client closes the connection; return whether it did in time."""
        self.sock.settimeout(timeout)
        try:
            while self.sock.recv(65536):
                pass
        except OSError:
            return False
        self.closed_by_client.set()
        return True

    def reset(self) -> None:
        """Close with a TCP reset instead of an orderly FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close()

    def close(self) -> None:
        for closable in (self.rfile, self.sock):
            try:
                closable.close()
            except OSError:
                pass


def response(body: bytes = b"", status: str = "200 OK", headers: str = "") -> bytes:
    """A complete HTTP/1.1 response with a Content-Length body."""
    return (
        f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{headers}\r\n".encode("latin-1")
        + body
    )


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def echo(peer: Peer) -> None:
    """Answer every request with "<connection index> <method> <target> <body>"."""
    while (request := peer.read_request()) is not None:
        body = f"{peer.index} {request.method} {request.target} ".encode() + request.body
        peer.send(response(body))


class RawServer:
    """Accepts connections on 127.0.0.1 and runs `handler(peer)` for each in its own thread."""

    def __init__(self, handler: Callable[[Peer], None], tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.tls = tls
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self.peers: list[Peer] = []
        self.errors: list[BaseException] = []
        self.tls_info: list[tuple[str | None, str | None]] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def accepted(self) -> int:
        with self._lock:
            return len(self.peers)

    def url(self, path: str = "/", host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                sock, address = self.listener.accept()
            except OSError:
                return
            sock.settimeout(None)
            with self._lock:
                peer = Peer(sock, len(self.peers), address)
                self.peers.append(peer)
            thread = threading.Thread(target=self._serve, args=(peer,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, peer: Peer) -> None:
        try:
            if self.tls is not None:
                peer.rfile.close()
                names: list[str | None] = []
                self.tls.sni_callback = lambda _sock, name, _ctx: names.append(name)
                peer.sock = self.tls.wrap_socket(peer.sock, server_side=True)
                peer.rfile = peer.sock.makefile("rb")
                with self._lock:
                    self.tls_info.append(
                        (names[0] if names else None, peer.sock.selected_alpn_protocol())
                    )
            self.handler(peer)
        except OSError:
            pass  # the client went away: part of several tests
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            peer.close()

    def close(self) -> None:
        self._stop.set()
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self._acceptor.join(WAIT)
        self.listener.close()
        with self._lock:
            peers = list(self.peers)
        for peer in peers:
            try:
                peer.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in self._threads:
            thread.join(WAIT)
        assert not self.errors, self.errors

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def make_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path] | str:
    """
    Make a test CA and a server certificate it signs (for localhost and 127.0.0.1) with `openssl`.

    Returns:
        (CA certificate, server certificate, server key), or why they could not be made.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        return "the openssl command is not installed: cannot make test certificates"
    ca_key, ca_cert = folder / "ca.key", folder / "ca.pem"
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    extensions = folder / "server.ext"
    extensions.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    steps = [
        [openssl, "req", "-x509", *ec, "-keyout", str(ca_key), "-out", str(ca_cert), "-days", "1",
         "-subj", "/CN=openai_core test CA"],
        [openssl, "req", *ec, "-keyout", str(key), "-out", str(csr), "-subj", "/CN=localhost"],
        [openssl, "x509", "-req", "-in", str(csr), "-CA", str(ca_cert), "-CAkey", str(ca_key),
         "-CAcreateserial", "-out", str(cert), "-days", "1", "-extfile", str(extensions)],
    ]  # fmt: skip
    for step in steps:
        made = subprocess.run(step, capture_output=True, timeout=WAIT * 4, check=False)
        if made.returncode != 0:
            return f"openssl could not make test certificates: {made.stderr!r}"
    return ca_cert, cert, key


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    """A server-side TLS context for `cert`, offering ALPN http/1.1."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.set_alpn_protocols(["http/1.1"])
    return context


@dataclass
class ProxySeen:
    """One request a TestProxy received."""

    method: str
    target: str
    headers: dict[str, str]


class TestProxy:
    """
    A small HTTP proxy on 127.0.0.1: forwards absolute-form requests (http) and opens CONNECT
    tunnels (https), optionally asking for Basic credentials; records what it saw.
    """

    __test__ = False  # not a test class, despite its name

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        import base64

        self.expected: str | None = None
        if credentials is not None:
            pair = f"{credentials[0]}:{credentials[1]}".encode()
            self.expected = "Basic " + base64.b64encode(pair).decode()
        self.seen: list[ProxySeen] = []
        self.server = RawServer(self._serve)

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def accepted(self) -> int:
        return self.server.accepted

    def url(self, credentials: str = "") -> str:
        return f"http://{credentials + '@' if credentials else ''}127.0.0.1:{self.port}"

    def _serve(self, peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            self.seen.append(ProxySeen(request.method, request.target, dict(request.headers)))
            if (
                self.expected is not None
                and request.headers.get("proxy-authorization") != self.expected
            ):
                peer.send(
                    response(
                        b"proxy credentials needed",
                        "407 Proxy Authentication Required",
                        'Proxy-Authenticate: Basic realm="test"\r\n',
                    )
                )
                continue
            if request.method == "CONNECT":
                self._tunnel(peer, request.target)
                return
            self._forward(peer, request)

    def _forward(self, peer: Peer, request: Received) -> None:
        import http.client
        from urllib.parse import urlsplit

        parts = urlsplit(request.target)
        upstream = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=WAIT)
        headers = {
            name: value
            for name, value in request.headers.items()
            if name not in ("proxy-authorization", "connection", "content-length")
        }
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        upstream.request(request.method, path, body=request.body, headers=headers)
        answer = upstream.getresponse()
        body = answer.read()
        lines = "".join(
            f"{name}: {value}\r\n"
            for name, value in answer.getheaders()
            if name.lower() not in ("content-length", "transfer-encoding", "connection")
        )
        upstream.close()
        peer.send(response(body, f"{answer.status} {answer.reason}", lines))

    def _tunnel(self, peer: Peer, target: str) -> None:
        host, _, port = target.rpartition(":")
        upstream = socket.create_connection((host.strip("[]"), int(port)), timeout=WAIT)
        peer.send(b"HTTP/1.1 200 Connection established\r\n\r\n")
        upstream.settimeout(None)

        def pump(source: socket.socket, sink: socket.socket) -> None:
            try:
                while data := source.recv(65536):
                    sink.sendall(data)
            except OSError:
                pass
            finally:
                for end in (sink, source):
                    try:
                        end.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass

        back = threading.Thread(target=pump, args=(upstream, peer.sock), daemon=True)
        back.start()
        pump(peer.sock, upstream)
        back.join(WAIT)
        upstream.close()

    def close(self) -> None:
        self.server.close()

    def __enter__(self) -> TestProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
