"""
Compressed responses: Accept-Encoding is sent, gzip and deflate bodies (and streams, piece by
piece) are decoded by the transport, a corrupt body is a clear error.
"""

from __future__ import annotations

import gzip
import threading
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from _transport_server import WAIT, Peer, RawServer, chunk, response

from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport
from openai_core._transport.decoding import decoder_for


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def answer_with(body: bytes, encoding: str, seen: list[dict[str, str]]) -> Any:
    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            seen.append(request.headers)
            peer.send(response(body, headers=f"Content-Encoding: {encoding}\r\n"))

    return handler


async def get(mode: str, url: str) -> httpx.Response:
    if mode == "sync":
        with httpx.Client(transport=OpenAICoreTransport(), timeout=WAIT) as client:
            return client.get(url)
    async with httpx.AsyncClient(transport=AsyncOpenAICoreTransport(), timeout=WAIT) as aclient:
        return await aclient.get(url)


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


TEXT = b'{"answer": "' + b"compressible " * 400 + b'"}'


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        ("gzip", gzip.compress(TEXT)),
        ("deflate", zlib.compress(TEXT)),
        ("deflate", raw_deflate(TEXT)),
        ("gzip, deflate", zlib.compress(gzip.compress(TEXT))),
        ("identity", TEXT),
    ],
    ids=["gzip", "deflate-zlib", "deflate-raw", "gzip-then-deflate", "identity"],
)
async def test_encoded_bodies_are_decoded(mode, encoding, encoded):
    seen: list[dict[str, str]] = []
    with RawServer(answer_with(encoded, encoding, seen)) as server:
        answer = await get(mode, server.url("/"))

    assert answer.content == TEXT
    assert seen[0]["accept-encoding"].startswith("gzip, deflate")
    if encoding != "identity":
        # The headers describe the body handed over, which is no longer encoded.
        assert "content-encoding" not in answer.headers
        assert "content-length" not in answer.headers


@pytest.mark.anyio
async def test_an_accept_encoding_of_the_caller_is_kept(mode):
    seen: list[dict[str, str]] = []
    with RawServer(answer_with(TEXT, "identity", seen)) as server:
        if mode == "sync":
            with httpx.Client(transport=OpenAICoreTransport(), timeout=WAIT) as client:
                client.get(server.url("/"), headers={"Accept-Encoding": "identity"})
        else:
            transport = AsyncOpenAICoreTransport()
            async with httpx.AsyncClient(transport=transport, timeout=WAIT) as aclient:
                await aclient.get(server.url("/"), headers={"Accept-Encoding": "identity"})

    assert seen[0]["accept-encoding"] == "identity"


@pytest.mark.anyio
async def test_an_unknown_encoding_is_handed_over_as_it_came(mode):
    with RawServer(answer_with(b"\x01\x02", "x-unheard-of", [])) as server:
        answer = await get(mode, server.url("/"))

    assert answer.headers["content-encoding"] == "x-unheard-of"
    assert answer.content == b"\x01\x02"


@pytest.mark.anyio
async def test_a_corrupt_body_raises_a_decoding_error(mode):
    corrupt = gzip.compress(TEXT)[:20] + b"\xff" * 40
    with RawServer(answer_with(corrupt, "gzip", [])) as server:
        with pytest.raises(httpx.DecodingError, match="Content-Encoding gzip"):
            await get(mode, server.url("/"))


async def pieces(mode: str, answer: httpx.Response) -> AsyncIterator[bytes]:
    if mode == "sync":
        for piece in answer.iter_raw():
            yield piece
    else:
        async for piece in answer.aiter_raw():
            yield piece


@pytest.mark.anyio
async def test_a_gzip_event_stream_is_decoded_event_by_event(mode):
    """Each flushed event is readable before the server sends the next one."""
    events = [f"data: event {n}\n\n".encode() for n in range(3)]
    proceed = [threading.Event() for _ in events]

    def stream(peer: Peer) -> None:
        peer.read_request()
        peer.send(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        packer = zlib.compressobj(wbits=zlib.MAX_WBITS | 16)
        for number, event in enumerate(events):
            assert proceed[number].wait(WAIT)
            peer.send(chunk(packer.compress(event) + packer.flush(zlib.Z_SYNC_FLUSH)))
        peer.send(chunk(packer.flush()) + chunk(b""))

    got: list[bytes] = []
    with RawServer(stream) as server:
        if mode == "sync":
            client: Any = httpx.Client(transport=OpenAICoreTransport(), timeout=WAIT)
            answer = client.send(client.build_request("GET", server.url("/")), stream=True)
        else:
            client = httpx.AsyncClient(transport=AsyncOpenAICoreTransport(), timeout=WAIT)
            answer = await client.send(client.build_request("GET", server.url("/")), stream=True)
        proceed[0].set()
        received = b""
        async for piece in pieces(mode, answer):
            received += piece
            while received in events[len(got) :] or (
                len(got) < len(events) and received.startswith(events[len(got)])
            ):
                got.append(events[len(got)])
                received = received[len(got[-1]) :]
                if len(got) < len(events):
                    proceed[len(got)].set()
        if mode == "sync":
            client.close()
        else:
            await client.aclose()

    assert got == events
    assert received == b""


def test_decoders_take_bodies_in_any_split():
    encoded = gzip.compress(TEXT)
    for size in (1, 7, 64, len(encoded)):
        decoder = decoder_for([b"gzip"])
        assert decoder is not None
        out = b"".join(decoder.decode(encoded[i : i + size]) for i in range(0, len(encoded), size))
        assert out + decoder.flush() == TEXT
    assert decoder_for([b"identity"]) is None
    assert decoder_for([b"gzip", b"x-other"]) is None
