"""
Compressed answers through the client: a gzip SSE stream and a gzip JSON body are decoded with
the own transport and with an httpx client of the caller's; a corrupt body is not retried.
"""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import httpx
import pytest
from _transport_server import Peer, RawServer, chunk, response

from openai_core import APIConnectionError, OpenAICoreError

from ._support import (
    chat,
    chat_stream_text,
    completion_body,
    content_of,
    make_client,
    recording_policy,
    sse_answer,
)

pytestmark = pytest.mark.anyio


def gzip_stream(events: list[bytes]) -> Any:
    def handler(peer: Peer) -> None:
        while peer.read_request() is not None:
            peer.send(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            packer = zlib.compressobj(wbits=zlib.MAX_WBITS | 16)
            for event in events:
                peer.send(chunk(packer.compress(event) + packer.flush(zlib.Z_SYNC_FLUSH)))
            peer.send(chunk(packer.flush()) + chunk(b""))

    return handler


def gzip_json(body: bytes) -> Any:
    def handler(peer: Peer) -> None:
        while peer.read_request() is not None:
            peer.send(
                response(
                    body,
                    headers="Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
                )
            )

    return handler


@pytest.fixture(params=["own", "httpx"])
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def client_for(mode: str, transport: str, url: str, **kwargs: Any) -> Any:
    if transport == "httpx":
        kwargs["http_client"] = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    return make_client(mode, url, **kwargs)


async def test_a_gzip_event_stream_reads_as_text(mode, transport):
    with RawServer(gzip_stream(sse_answer(["Hello", ", ", "world"]))) as server:
        client = client_for(mode, transport, server.url("/v1"))

        assert await chat_stream_text(client) == "Hello, world"


async def test_a_gzip_json_body_parses(mode, transport):
    body = gzip.compress(json.dumps(completion_body("squeezed")).encode())
    with RawServer(gzip_json(body)) as server:
        client = client_for(mode, transport, server.url("/v1"))

        assert content_of(await chat(client)) == "squeezed"


async def test_a_corrupt_body_fails_once_with_a_clear_error(mode, transport):
    body = gzip.compress(json.dumps(completion_body("x")).encode())[:16] + b"\x00" * 32
    policy, delays = recording_policy(max_retries=2)
    with RawServer(gzip_json(body)) as server:
        client = client_for(mode, transport, server.url("/v1"), retry_policy=policy)

        with pytest.raises(APIConnectionError, match="decode") as caught:
            await chat(client)

    assert caught.value.retryable is False
    assert delays == []


async def test_a_corrupt_stream_is_a_stream_error(mode, transport):
    events = [b"\x00garbage that is not gzip at all"]

    def handler(peer: Peer) -> None:
        while peer.read_request() is not None:
            peer.send(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                + b"".join(chunk(event) for event in events)
                + chunk(b"")
            )

    with RawServer(handler) as server:
        client = client_for(mode, transport, server.url("/v1"))

        with pytest.raises(OpenAICoreError, match="decode"):
            await chat_stream_text(client)
