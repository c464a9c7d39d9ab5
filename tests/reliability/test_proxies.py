"""Proxies through the client: proxy=, the environment, credentials that never show."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
from _transport_server import Peer, RawServer, TestProxy, response, server_tls_context

from openai_core import APIConnectionError, InvalidConfigError

from ._support import (
    OPENED,
    chat,
    chat_stream_text,
    completion_body,
    content_of,
    make_client,
    recording_policy,
    sse_answer,
)

pytestmark = pytest.mark.anyio


def api(peer: Peer) -> None:
    """Answer chat completions: a stream when asked for one, else a JSON body."""
    while (request := peer.read_request()) is not None:
        if json.loads(request.body or b"{}").get("stream"):
            body = b"".join(sse_answer(["through ", "the proxy"]))
            peer.send(response(body, headers="Content-Type: text/event-stream\r\n"))
        else:
            body = json.dumps(completion_body("proxied")).encode()
            peer.send(response(body, headers="Content-Type: application/json\r\n"))


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


async def test_calls_and_streams_go_through_the_proxy(mode, caplog):
    caplog.set_level(logging.DEBUG, logger="openai_core")
    with RawServer(api) as server, TestProxy(credentials=("ann", "hunter2")) as proxy:
        client = make_client(mode, server.url("/v1"), proxy=proxy.url("ann:hunter2"))

        assert content_of(await chat(client)) == "proxied"
        assert await chat_stream_text(client) == "through the proxy"

    assert [seen.target for seen in proxy.seen] == [server.url("/v1/chat/completions")] * 2
    assert "hunter2" not in caplog.text and "hunter2" not in repr(client)


async def test_https_proxy_from_the_environment(mode, monkeypatch, test_ca):
    ca, cert, key = test_ca
    with RawServer(api, tls=server_tls_context(cert, key)) as server, TestProxy() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url())
        client = make_client(mode, server.url("/v1", "localhost", "https"), verify=str(ca))

        assert content_of(await chat(client)) == "proxied"

    assert proxy.seen[0].method == "CONNECT"


async def test_refused_proxy_credentials_fail_once(mode, test_ca):
    ca, cert, key = test_ca
    policy, delays = recording_policy(max_retries=2)
    with RawServer(api, tls=server_tls_context(cert, key)) as server:
        with TestProxy(credentials=("ann", "right")) as proxy:
            client = make_client(
                mode,
                server.url("/v1", "localhost", "https"),
                proxy=proxy.url("ann:wrong"),
                verify=str(ca),
                retry_policy=policy,
            )

            with pytest.raises(APIConnectionError, match="407") as caught:
                await chat(client)

    assert caught.value.retryable is False and delays == []
    assert "wrong" not in str(caught.value)


@pytest.mark.parametrize("setting", [{"proxy": "http://p:1"}, {"verify": False}])
def test_own_pool_settings_with_an_http_client_are_refused(mode, setting: dict[str, Any]):
    http = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    OPENED.append(http)  # closed after the test
    with pytest.raises(InvalidConfigError, match="http_client"):
        make_client(mode, "http://127.0.0.1:1/v1", http_client=http, **setting)
