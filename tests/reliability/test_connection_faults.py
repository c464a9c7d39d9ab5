"""
Connection faults and timeouts against a real server on 127.0.0.1: resets before headers, after
headers and mid-body, truncated bodies, stalls and trickles. Each test then checks that the pool
is healthy: the next request succeeds and no connection is left open after close().
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from openai_core import APIConnectionError, APITimeoutError
from openai_core.testing import FakeProvider, FakeReply, FakeServer

from ._support import (
    HAVE_SOCKET_TABLE,
    async_wait_until,
    chat,
    client_connections,
    close,
    completion_json,
    content_of,
    is_sdk_error,
    make_client,
    recording_policy,
)

pytestmark = pytest.mark.anyio

# Far above any timeout used below, far below "hung": the bound a failing call must respect.
HANG_BOUND = 4.0


@contextmanager
def bounded(seconds: float = HANG_BOUND) -> Any:
    started = time.monotonic()
    yield
    assert time.monotonic() - started < seconds, "the call ran far past its timeout"


async def assert_healthy_then_close(client: Any, server: FakeServer, http: Any = None) -> None:
    """
    The next request succeeds on the same client, then close() (of the client and of the user's
    httpx client `http`, if any) leaves no connection open.
    """
    after = await chat(client, "after the fault", timeout=5.0)
    assert content_of(after) == "You said: after the fault"
    if HAVE_SOCKET_TABLE:
        assert await async_wait_until(lambda: client_connections(server.port) <= 1), (
            f"{client_connections(server.port)} connections open after one finished request"
        )
    await close(client)
    if http is not None:
        await close_http(http)
    if HAVE_SOCKET_TABLE:
        assert await async_wait_until(lambda: client_connections(server.port) == 0), (
            "connections left open after close()"
        )


FAULTS = {
    "reset-before-headers": {"reset_before_headers": True},
    "reset-after-headers": {"reset_after_headers": True},
}


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_reset_is_retried_once_with_backoff(mode, provider, server, fault):
    provider.reply_text("lost", **FAULTS[fault])
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    result = await chat(client, "hello")

    assert content_of(result) == "You said: hello"
    assert len(provider.requests) == 2
    assert delays == [0.5]
    await assert_healthy_then_close(client, server)


async def test_a_reset_in_the_middle_of_a_body_is_retried(mode, provider, server):
    body = completion_json("a complete answer " * 200)
    half = len(body) // 2
    provider.reply(
        FakeReply(headers={"content-type": "application/json"}, chunks=(body[:half], body[half:])),
        reset_after_chunks=1,
    )
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    result = await chat(client, "hello")

    assert content_of(result) == "You said: hello"
    assert delays == [0.5]
    await assert_healthy_then_close(client, server)


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_resets_beyond_the_budget_raise_api_connection_error(mode, provider, server, fault):
    for _ in range(3):
        provider.reply_text("lost", **FAULTS[fault])
    policy, delays = recording_policy(max_retries=2)
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(APIConnectionError) as info:
        await chat(client)

    assert not isinstance(info.value, APITimeoutError)
    assert is_sdk_error(info.value)
    assert len(provider.requests) == 3
    assert delays == [0.5, 1.0]
    await assert_healthy_then_close(client, server)


async def test_a_body_shorter_than_its_content_length_is_never_returned(mode, provider, server):
    body = completion_json("the whole answer")
    provider.reply(
        FakeReply(
            headers={"content-type": "application/json", "content-length": str(len(body))},
            body=body[: len(body) - 10],
        )
    )
    policy, _delays = recording_policy(max_retries=0)
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(APIConnectionError) as info:
        await chat(client)

    assert is_sdk_error(info.value)
    await assert_healthy_then_close(client, server)


async def test_a_truncated_body_is_retried_when_the_budget_allows(mode, provider, server):
    body = completion_json("the whole answer")
    provider.reply(
        FakeReply(
            headers={"content-type": "application/json", "content-length": str(len(body))},
            body=body[:20],
        )
    )
    policy, delays = recording_policy(max_retries=1)
    client = make_client(mode, server.base_url, retry_policy=policy)

    result = await chat(client, "again")

    assert content_of(result) == "You said: again"
    assert delays == [0.5]
    await assert_healthy_then_close(client, server)


async def test_a_refused_connection_is_a_typed_error_after_retries(mode):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy, delays = recording_policy(max_retries=2)
    client = make_client(mode, f"http://127.0.0.1:{port}/v1", retry_policy=policy)

    with bounded(), pytest.raises(APIConnectionError) as info:
        await chat(client)

    assert is_sdk_error(info.value)
    assert delays == [0.5, 1.0]
    await close(client)


# Timeouts: never a hang past the timeout, never an httpx exception.

TIMEOUT_FAULTS = {
    "stall-before-headers": {"delay": 3.0},
    "stall-after-headers": {"stall_after_chunks": 0},
    "trickle": {"trickle": 0.05},
}


@pytest.mark.parametrize("fault", list(TIMEOUT_FAULTS))
@pytest.mark.parametrize("own_transport", [True, False], ids=["native", "httpx"])
async def test_a_slow_server_times_out_within_the_timeout(
    mode, provider, server, fault, own_transport
):
    provider.reply_text("slowly arriving words " * 30, **TIMEOUT_FAULTS[fault])
    policy, _delays = recording_policy(max_retries=0)
    kwargs: dict[str, Any] = {"retry_policy": policy, "timeout": 0.3}
    if not own_transport:
        kwargs["http_client"] = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    client = make_client(mode, server.base_url, **kwargs)

    with bounded(), pytest.raises(APITimeoutError) as info:
        await chat(client)

    assert is_sdk_error(info.value)
    await assert_healthy_then_close(client, server, kwargs.get("http_client"))


async def close_http(http: httpx.Client | httpx.AsyncClient) -> None:
    if isinstance(http, httpx.AsyncClient):
        await http.aclose()
    else:
        http.close()


async def test_timeouts_are_retried_with_a_fresh_deadline_each_attempt(mode, provider, server):
    provider.reply_text("stalls", stall_after_chunks=0).reply_text("stalls", delay=3.0)
    policy, delays = recording_policy(max_retries=2)
    client = make_client(mode, server.base_url, retry_policy=policy, timeout=0.3)

    with bounded(HANG_BOUND * 2):
        result = await chat(client, "third time")

    assert content_of(result) == "You said: third time"
    assert delays == [0.5, 1.0]
    assert len(provider.requests) == 3
    await assert_healthy_then_close(client, server)


async def test_a_per_request_timeout_overrides_the_clients(mode, provider, server):
    provider.reply_text("late", delay=3.0)
    policy, _ = recording_policy(max_retries=0)
    client = make_client(mode, server.base_url, retry_policy=policy, timeout=30.0)

    with bounded(), pytest.raises(APITimeoutError):
        await chat(client, timeout=0.3)

    await assert_healthy_then_close(client, server)


async def test_many_faults_in_a_row_leave_one_healthy_connection(mode, provider, server):
    policy, _ = recording_policy(max_retries=0)
    client = make_client(mode, server.base_url, retry_policy=policy, timeout=0.5)
    faults: list[dict[str, Any]] = [
        {"reset_before_headers": True},
        {"reset_after_headers": True},
        {"stall_after_chunks": 0},
        {"trickle": 0.05},
    ]
    for index, fault in enumerate(faults):
        # Twice: the transport may resend once on a reused connection (see the next test).
        provider.reply_text("fault " * 40, **fault).reply_text("fault " * 40, **fault)
        with pytest.raises(APIConnectionError):
            await chat(client)
        provider.reset()  # drop the second copy when the transport did not resend
        assert content_of(await chat(client, f"ok {index}")) == f"You said: ok {index}"

    await assert_healthy_then_close(client, server)


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_reset_on_a_reused_connection_is_resent_at_most_once(
    mode, provider: FakeProvider, server, fault
):
    # The transport resends a request whose reused keep-alive connection died before any byte
    # of the answer (the server may have closed it while idle). It must not do more than that.
    policy, delays = recording_policy(max_retries=0)
    client = make_client(mode, server.base_url, retry_policy=policy)
    await chat(client, "warm up the pool")
    provider.reset()
    for _ in range(3):
        provider.reply_text("lost", **FAULTS[fault])

    with pytest.raises(APIConnectionError):
        await chat(client)

    assert len(provider.requests) <= 2
    assert delays == []
    provider.reset()
    await assert_healthy_then_close(client, server)
