"""
What the client's own pool puts on the wire: exactly the headers a request carried when it went
through httpx.Client.send (the shells now call the transport directly), nothing more.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import httpx
import pytest
from _transport_server import Peer, RawServer, Received, response
from conftest import close, make_client, resolve

from openai_core import InvalidConfigError
from openai_core._transport.decoding import ACCEPT_ENCODING

pytestmark = pytest.mark.anyio

COMPLETION = {
    "id": "c1", "object": "chat.completion", "created": 1, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": "hi", "refusal": None}}],
}  # fmt: skip


@pytest.fixture
def recorded() -> Iterator[tuple[RawServer, list[Received]]]:
    """A raw server answering every request with a completion, and the requests it read."""
    seen: list[Received] = []
    body = json.dumps(COMPLETION).encode()

    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            seen.append(request)
            peer.send(response(body, headers="Content-Type: application/json\r\n"))

    with RawServer(handler) as server:
        yield server, seen


async def test_a_post_carries_exactly_the_expected_headers(mode, recorded):
    server, seen = recorded
    client = make_client(mode, base_url=server.url("/v1"), default_headers={"X-Team": "a"})

    await resolve(client.chat.completions.create(model="m").message_user("Hi").send())

    (request,) = seen
    body = json.dumps(
        {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}, separators=(",", ":")
    ).encode()
    headers = dict(request.headers)
    assert re.fullmatch(r"oc-[0-9a-f]{32}", headers.pop("idempotency-key"))
    assert (request.method, request.target, request.body) == ("POST", "/v1/chat/completions", body)
    assert headers == {
        "host": f"127.0.0.1:{server.port}",
        "accept": "application/json",
        "user-agent": "openai-core/0.1.0",
        "authorization": "Bearer sk-test-secret-123",
        "content-type": "application/json",
        "x-team": "a",
        "accept-encoding": ACCEPT_ENCODING.decode(),
        "content-length": str(len(body)),
    }
    await close(client)


async def test_a_get_carries_no_body_headers(mode, recorded):
    server, seen = recorded
    client = make_client(mode, base_url=server.url("/v1"))

    await resolve(client.chat.completions.retrieve("c1").send())

    (request,) = seen
    assert (request.method, request.target, request.body) == ("GET", "/v1/chat/completions/c1", b"")
    assert sorted(request.headers) == [
        "accept", "accept-encoding", "authorization", "host", "user-agent"
    ]  # fmt: skip
    await close(client)


async def test_the_response_knows_its_request(mode, recorded):
    server, _ = recorded
    client = make_client(mode, base_url=server.url("/v1"))

    raw = await resolve(client.chat.completions.create(model="m").message_user("Hi").send_raw())

    assert isinstance(raw, httpx.Response)
    assert raw.request.url == server.url("/v1/chat/completions")
    assert raw.json()["id"] == "c1"
    assert raw.elapsed.total_seconds() >= 0
    await close(client)


async def test_a_base_url_with_credentials_still_sends_basic_auth(mode, recorded):
    server, seen = recorded
    url = server.url("/v1").replace("http://", "http://user:pw@")
    client = make_client(mode, base_url=url, api_key=None, provider="custom")

    await resolve(client.chat.completions.create(model="m").message_user("Hi").send())

    (request,) = seen
    assert request.headers["authorization"] == "Basic dXNlcjpwdw=="  # user:pw
    await close(client)


async def test_a_copy_of_a_closed_client_refuses_to_send(mode, recorded):
    server, seen = recorded
    client = make_client(mode, base_url=server.url("/v1"))
    copy = client.with_options(max_retries=0)
    await close(client)

    with pytest.raises(InvalidConfigError, match="closed"):
        await resolve(copy.chat.completions.create(model="m").message_user("Hi").send())

    assert seen == []


async def test_a_post_without_a_body_declares_an_empty_one(mode, recorded):
    server, seen = recorded
    client = make_client(mode, base_url=server.url("/v1"))

    await resolve(client.batches.cancel("b1").send_raw())

    (request,) = seen
    assert (request.method, request.target) == ("POST", "/v1/batches/b1/cancel")
    assert (request.headers["content-length"], request.body) == ("0", b"")
    assert "content-type" not in request.headers
    await close(client)


async def test_a_non_ascii_header_is_refused_before_sending(mode, recorded):
    server, seen = recorded
    client = make_client(mode, base_url=server.url("/v1"), default_headers={"X-Name": "Zoë"})

    with pytest.raises(InvalidConfigError, match="x-name"):
        await resolve(client.chat.completions.create(model="m").message_user("Hi").send())

    assert seen == []
    await close(client)
