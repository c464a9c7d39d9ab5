"""The request head the transport writes itself, checked against h11's own writer and on the wire."""

from __future__ import annotations

from collections.abc import Iterator

import h11
import httpx
import pytest
from _transport_server import Peer, RawServer, echo, response

from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport
from openai_core._transport.decoding import ACCEPT_ENCODING
from openai_core._transport.head import request_bytes, request_head


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _h11_bytes(request: httpx.Request) -> bytes:
    """What h11's own writer sends for `request` (head and body)."""
    body = request_head(request)[1]
    connection = h11.Connection(h11.CLIENT)
    full = h11.Request(
        method=request.method, target=request.url.raw_path, headers=_framed(request, body)
    )
    data = [connection.send(full)]
    if body is not None:
        if body:
            data.append(connection.send(h11.Data(data=body)))
        data.append(connection.send(h11.EndOfMessage()))
    return b"".join(piece or b"" for piece in data)


def _framed(request: httpx.Request, body: bytes | None) -> list[tuple[bytes, bytes]]:
    headers = request.headers.raw
    if not any(name.lower() == b"accept-encoding" for name, _ in headers):
        headers.append((b"Accept-Encoding", ACCEPT_ENCODING))
    if not any(name.lower() in (b"content-length", b"transfer-encoding") for name, _ in headers):
        if body is None:
            headers.append((b"Transfer-Encoding", b"chunked"))
        elif body:
            headers.append((b"Content-Length", str(len(body)).encode()))
    return headers


def _stream() -> Iterator[bytes]:
    yield b"part"


@pytest.mark.parametrize(
    "request_",
    [
        httpx.Request("GET", "http://example.test/v1/models?limit=2"),
        httpx.Request(
            "POST",
            "http://example.test:8080/v1/chat/completions",
            headers={"authorization": "Bearer k", "x-tab": "a\tb", "x-utf8": "é".encode()},
            content=b'{"a":1}',
        ),
        httpx.Request("DELETE", "https://example.test/v1/files/f%2F1", headers={"Host": "h.test"}),
        httpx.Request("POST", "http://example.test/up", headers={"x": "1"}, content=b""),
    ],
    ids=["get", "post", "delete-own-host", "post-empty"],
)
def test_the_head_is_byte_for_byte_what_h11_writes(request_):
    head, body = request_head(request_)
    connection = h11.Connection(h11.CLIENT)

    sent = b"".join(request_bytes(connection, head, body))

    assert sent == _h11_bytes(request_)
    assert connection.our_state is h11.DONE


def test_a_streamed_body_is_declared_chunked_to_h11_too():
    request = httpx.Request("POST", "http://example.test/up", content=_stream())
    head, body = request_head(request)
    connection = h11.Connection(h11.CLIENT)

    (data,) = request_bytes(connection, head, body)

    assert body is None and b"\r\nTransfer-Encoding: chunked\r\n" in data
    assert connection.send(h11.Data(data=b"part")) == b"4\r\npart\r\n"
    assert connection.send(h11.EndOfMessage()) == b"0\r\n\r\n"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        (b"x-evil", b"a\r\nx-injected: 1"),
        (b"x-evil", b"a\nb"),
        (b"x-evil", b"nul\x00"),
        (b"x evil", b"a"),
        (b"x-evil:", b"a"),
        (b"x\nevil", b"a"),
    ],
)
def test_headers_that_could_smuggle_anything_are_refused(name, value):
    request = httpx.Request("GET", "http://example.test/", headers=[(name, value)])

    with pytest.raises(h11.LocalProtocolError) as info:
        request_head(request)

    assert b"injected" not in str(info.value).encode()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _send(mode: str, *requests: httpx.Request) -> list[httpx.Response]:
    """Send `requests` one after another through one client with the project's transport."""
    if mode == "sync":
        with httpx.Client(transport=OpenAICoreTransport(), timeout=5.0) as client:
            return [client.send(request) for request in requests]
    async with httpx.AsyncClient(transport=AsyncOpenAICoreTransport(), timeout=5.0) as client:
        return [await client.send(request) for request in requests]


@pytest.mark.anyio
async def test_a_refused_header_sends_nothing(mode):
    with RawServer(echo) as server:
        request = httpx.Request("GET", server.url(), headers=[(b"x-evil", b"a\r\nx-b: 1")])

        with pytest.raises(httpx.LocalProtocolError, match="control characters"):
            await _send(mode, request)

        assert server.accepted == 0


@pytest.mark.anyio
async def test_connection_close_asked_by_the_request_is_honoured(mode):
    seen: list[dict[str, str]] = []

    def handler(peer: Peer) -> None:
        while (received := peer.read_request()) is not None:
            seen.append(received.headers)
            peer.send(response(b"ok"))  # the server would keep the connection

    with RawServer(handler) as server:
        requests = [httpx.Request("GET", server.url(), headers={"Connection": "close"})] * 2
        replies = await _send(mode, *requests)
        accepted = server.accepted

    assert [reply.text for reply in replies] == ["ok", "ok"]
    assert accepted == 2
    assert [headers["connection"] for headers in seen] == ["close", "close"]
