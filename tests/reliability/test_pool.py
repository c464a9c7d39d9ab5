"""The client's own pool: limits=, and a wait for a connection that runs out of time."""

from __future__ import annotations

import httpx
import pytest

from openai_core import APITimeoutError, InvalidConfigError

from ._support import chat, make_client, resolve

pytestmark = pytest.mark.anyio


async def test_a_pool_timeout_says_it_waited_for_a_connection(mode, server):
    client = make_client(
        mode,
        server.base_url,
        timeout=httpx.Timeout(5.0, pool=0.2),
        max_retries=0,
        limits=httpx.Limits(max_connections=1),
    )
    stream = await resolve(client.chat.completions.stream().model("m").message_user("x").send())
    try:
        with pytest.raises(APITimeoutError, match="connection from the pool"):
            await chat(client)
    finally:
        await resolve(stream.close())

    assert await chat(client)  # the connection came back


def test_limits_must_be_httpx_limits(mode, server):
    with pytest.raises(InvalidConfigError, match=r"httpx\.Limits"):
        make_client(mode, server.base_url, limits={"max_connections": 1})


def test_impossible_limits_are_refused(mode, server):
    with pytest.raises(InvalidConfigError, match="max_connections"):
        make_client(mode, server.base_url, limits=httpx.Limits(max_connections=0))
