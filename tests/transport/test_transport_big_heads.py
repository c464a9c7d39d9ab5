"""Response heads up to 100 KiB (httpx's limit), arriving in any number of reads, plain and TLS."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import pytest
from _transport_server import WAIT, Peer, RawServer, server_tls_context

from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def head_of(size: int) -> bytes:
    """A response whose head is about `size` bytes, in 1 KiB cookie lines."""
    lines = [b"set-cookie: c%d=%s\r\n" % (n, b"v" * 1000) for n in range(size // 1024)]
    return b"HTTP/1.1 200 OK\r\n" + b"".join(lines) + b"Content-Length: 2\r\n\r\nok"


def trickled(data: bytes, piece: int) -> Any:
    def handler(peer: Peer) -> None:
        while peer.read_request() is not None:
            for start in range(0, len(data), piece):
                peer.send(data[start : start + piece])

    return handler


async def get(mode: str, url: str, verify: Any = True) -> httpx.Response:
    if mode == "sync":
        transport = OpenAICoreTransport(verify=verify)
        with httpx.Client(transport=transport, timeout=WAIT) as client:
            return client.get(url)
    atransport = AsyncOpenAICoreTransport(verify=verify)
    async with httpx.AsyncClient(transport=atransport, timeout=WAIT) as aclient:
        return await aclient.get(url)


@pytest.mark.anyio
@pytest.mark.parametrize("piece", [100_000_000, 4096, 333])
async def test_a_95_kib_head_is_accepted_in_any_number_of_reads(mode, piece):
    with RawServer(trickled(head_of(95 * 1024), piece)) as server:
        answer = await get(mode, server.url("/"))

    assert answer.text == "ok"
    assert len(answer.headers.get_list("set-cookie")) == 95


@pytest.mark.anyio
async def test_a_95_kib_head_is_accepted_over_tls(mode, test_ca):
    ca, cert, key = test_ca
    handler = trickled(head_of(95 * 1024), 1500)
    with RawServer(handler, tls=server_tls_context(cert, key)) as server:
        context = ssl.create_default_context(cafile=str(ca))
        answer = await get(mode, server.url("/", host="localhost", scheme="https"), context)

    assert answer.text == "ok"


@pytest.mark.anyio
async def test_a_head_far_over_100_kib_is_refused(mode):
    with RawServer(trickled(head_of(300 * 1024), 8192)) as server:
        with pytest.raises(httpx.RemoteProtocolError):
            await get(mode, server.url("/"))
