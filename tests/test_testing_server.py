"""Tests of FakeProvider.serve(): a real HTTP/1.1 server on 127.0.0.1, its faults and threads."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from openai_core.testing import FakeProvider, FakeReply, FakeRequest, FakeServer

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi there"}]}
STREAM = {**CHAT, "stream": True}
TIMEOUT = httpx.Timeout(3.0)
PLAIN_HTTP: dict[str, Any] = {
    "timeout": TIMEOUT,
    "verify": False,
}  # loopback only: skip loading CA certificates


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()


@pytest.fixture
def server(provider: FakeProvider) -> Iterator[FakeServer]:
    with provider.serve() as running:
        yield running


@pytest.fixture
def client(server: FakeServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, **PLAIN_HTTP) as http:
        yield http


def stream_pieces(client: httpx.Client, body: dict[str, object]) -> list[bytes]:
    with client.stream("POST", "/chat/completions", json=body) as response:
        return list(response.iter_raw())


def test_server_listens_on_loopback_with_a_v1_base_url(server, client):
    response = client.post("/chat/completions", json=CHAT)

    assert server.base_url == f"http://127.0.0.1:{server.port}/v1"
    assert server.port > 0 and "running" in repr(server)
    assert response.json()["choices"][0]["message"]["content"] == "You said: Hi there"


def test_two_requests_share_one_keep_alive_connection(provider, server, client):
    client.get("/models")
    client.post("/chat/completions", json=CHAT)

    assert [r.connection_id for r in provider.requests] == [1, 1]
    assert server.connection_count == 1


def test_chunked_request_body_is_decoded(provider, client):
    def body() -> Iterator[bytes]:
        yield b'{"model": "m", '
        yield b'"messages": [{"role": "user", "content": "chunked"}]}'

    response = client.post(
        "/chat/completions", content=body(), headers={"content-type": "application/json"}
    )

    assert provider.last_request.headers["transfer-encoding"] == "chunked"
    assert response.json()["choices"][0]["message"]["content"] == "You said: chunked"


def test_malformed_chunked_request_body_gets_a_400(server):
    request = (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
    )
    with socket.create_connection((server.host, server.port), timeout=3) as sock:
        sock.sendall(request)
        answer = sock.recv(4096)

    assert answer.startswith(b"HTTP/1.1 400")


def test_streamed_reply_is_flushed_chunk_by_chunk(provider, client):
    provider.reply_text("one two three", chunk_delay=0.01)

    pieces = stream_pieces(client, STREAM)

    body = b"".join(pieces)
    assert len(pieces) >= 3
    assert body.endswith(b"data: [DONE]\n\n")
    assert body.count(b"data: ") == 6


def test_reply_stream_sends_raw_chunks_as_given(provider, client):
    raw = [b'data: {"x":1}\r\n\r\n', b"data: [DONE]\r\n\r\n"]
    provider.reply_stream(raw, chunk_delay=0.01)

    response = client.post("/chat/completions", json=STREAM)

    assert response.headers["transfer-encoding"] == "chunked"
    assert response.content == b"".join(raw)


def test_delay_holds_the_headers_back(provider, client):
    provider.reply_text("late", delay=0.05)

    started = time.monotonic()
    response = client.post("/chat/completions", json=CHAT)

    assert time.monotonic() - started >= 0.05
    assert response.json()["choices"][0]["message"]["content"] == "late"


def test_reset_before_headers_breaks_the_request(provider, client):
    provider.reply_text("never", reset_before_headers=True)

    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        client.post("/chat/completions", json=CHAT)
    assert client.get("/models").status_code == 200  # the client recovers on a new connection


def test_reset_after_headers_breaks_the_body(provider, client):
    provider.reply_text("never", reset_after_headers=True)

    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        stream_pieces(client, STREAM)


def test_reset_after_chunks_delivers_those_chunks_first(provider, client):
    provider.reply_text("one two three", reset_after_chunks=2, chunk_delay=0.01)
    received = b""

    with (
        pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)),
        client.stream("POST", "/chat/completions", json=STREAM) as response,
    ):
        for piece in response.iter_raw():
            received += piece

    assert received.count(b"data: ") == 2


def test_stall_after_chunks_leaves_the_client_to_time_out(provider, client):
    provider.reply_text("one two", stall_after_chunks=1)
    received = b""

    with (
        pytest.raises(httpx.ReadTimeout),
        client.stream("POST", "/chat/completions", json=STREAM, timeout=0.2) as response,
    ):
        for piece in response.iter_raw():
            received += piece

    assert received.count(b"data: ") == 1


def test_trickle_sends_one_byte_at_a_time(provider, client):
    provider.reply_json({"hello": "world"}, trickle=0.001)

    with client.stream("GET", "/x") as response:
        pieces = list(response.iter_raw())

    assert b"".join(pieces) == b'{"hello":"world"}'
    assert len(pieces) > 1


def test_raw_headers_can_announce_a_body_that_never_comes(provider, client):
    provider.reply_json({"a": 1}, headers={"content-length": "100"})

    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/x")


def test_sixteen_threads_are_served_concurrently(provider, client):
    """Every reply waits for all sixteen requests to arrive, so this only passes in parallel."""
    barrier = threading.Barrier(16, timeout=3)

    def wait_for_everyone(request: FakeRequest) -> FakeReply:
        barrier.wait()
        return FakeReply.from_json({"echo": request.json["messages"][0]["content"]})

    for _ in range(16):
        provider.reply(wait_for_everyone)

    def ask(number: int) -> str:
        body = {"model": "m", "messages": [{"role": "user", "content": f"n{number}"}]}
        response = client.post("/chat/completions", json=body)
        return str(response.json()["echo"])

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(ask, range(16)))

    assert answers == [f"n{number}" for number in range(16)]
    assert len(provider.requests) == 16 and provider.errors == []


def test_concurrent_scripted_replies_are_each_used_once(provider, client):
    for number in range(16):
        provider.reply_text(f"answer {number}", delay=0.01)

    def ask(_: int) -> str:
        response = client.post("/chat/completions", json=CHAT)
        return str(response.json()["choices"][0]["message"]["content"])

    with ThreadPoolExecutor(16) as pool:
        answers = sorted(pool.map(ask, range(16)))

    assert answers == sorted(f"answer {number}" for number in range(16))
    assert provider.pending == 0


def test_closing_the_server_wakes_a_stalled_reply_and_idle_connections():
    provider = FakeProvider(stall_timeout=30.0)
    provider.reply_text("one two", stall_after_chunks=1, for_path="/chat/completions")
    server = provider.serve()
    idle = httpx.Client(base_url=server.base_url, **PLAIN_HTTP)
    idle.get("/models")  # leaves a keep-alive connection open on the server
    errors: list[BaseException] = []

    def read_stalled_stream() -> None:
        try:
            with httpx.Client(base_url=server.base_url, **PLAIN_HTTP) as http:
                stream_pieces(http, STREAM)
        except httpx.HTTPError as exc:
            errors.append(exc)

    reader = threading.Thread(target=read_stalled_stream)
    reader.start()
    while len(provider.requests) < 2:
        time.sleep(0.005)
    server.close()
    reader.join(timeout=3)
    idle.close()

    assert not reader.is_alive()
    assert len(errors) == 1
    assert "stopped" in repr(server)
    server.close()  # closing twice is harmless


def test_auth_is_checked_over_http(server):
    server_provider = FakeProvider(api_key="sk-secret")
    with (
        server_provider.serve() as secured,
        httpx.Client(base_url=secured.base_url, **PLAIN_HTTP) as http,
    ):
        denied = http.get("/models")
        allowed = http.get("/models", headers={"authorization": "Bearer sk-secret"})

    assert denied.status_code == 401
    assert "sk-secret" not in denied.text
    assert allowed.status_code == 200


def test_files_round_trip_over_http(client):
    content = bytes(range(256)) * 4

    uploaded = client.post(
        "/files", files={"file": ("blob.bin", content)}, data={"purpose": "batch"}
    )
    downloaded = client.get(f"/files/{uploaded.json()['id']}/content")

    assert downloaded.content == content


@pytest.mark.anyio
async def test_async_client_streams_from_the_server(provider, server):
    provider.reply_text("async works", chunk_delay=0.005)

    async with (
        httpx.AsyncClient(base_url=server.base_url, **PLAIN_HTTP) as http,
        http.stream(
            "POST", "/chat/completions", json={**STREAM, "stream_options": {"include_usage": True}}
        ) as response,
    ):
        body = b"".join([piece async for piece in response.aiter_raw()])

    lines = [line[6:] for line in body.decode().split("\n") if line.startswith("data: ")]
    events = [json.loads(line) for line in lines[:-1]]
    content = "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e["choices"])
    assert content == "async works"
    assert events[-1]["usage"]["total_tokens"] == 4
