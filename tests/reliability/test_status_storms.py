"""
Error-status storms against a real server: 5xx with and without retry-after, 429 with
retry-after-ms, x-should-retry, and statuses that must not be retried. Delays are read from an
injected sleep, never from the wall clock.
"""

from __future__ import annotations

import email.utils
import time

import pytest

from openai_core import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from ._support import (
    chat,
    chat_stream_text,
    close,
    content_of,
    is_sdk_error,
    make_client,
    recording_policy,
    resolve,
)

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, [0.5, 1.0]),
        ({"retry-after": "2"}, [2.0, 2.0]),
        ({"retry-after": "0"}, [0.0, 0.0]),
        ({"retry-after-ms": "150"}, [0.15, 0.15]),
    ],
    ids=["backoff", "retry-after", "retry-after-zero", "retry-after-ms"],
)
async def test_a_5xx_storm_is_retried_with_the_right_delays(
    mode, provider, server, status, headers, expected
):
    provider.reply_error(status, "overloaded", headers=headers)
    provider.reply_error(status, "overloaded", headers=headers)
    policy, delays = recording_policy(max_retries=2)
    client = make_client(mode, server.base_url, retry_policy=policy)

    meta = await resolve(
        client.chat.completions.create(model="m").message_user("hi").send_with_meta()
    )

    assert content_of(meta.data) == "You said: hi"
    assert meta.attempts == 3
    assert delays == pytest.approx(expected)
    await close(client)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_a_storm_longer_than_the_budget_raises_internal_server_error(
    mode, provider, server, status
):
    for _ in range(4):
        provider.reply_error(status, "still down", headers={"x-request-id": "req_storm"})
    policy, delays = recording_policy(max_retries=3)
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(InternalServerError) as info:
        await chat(client)

    error = info.value
    assert (error.status_code, error.message, error.request_id) == (
        status,
        "still down",
        "req_storm",
    )
    assert is_sdk_error(error)
    assert delays == [0.5, 1.0, 2.0]
    assert len(provider.requests) == 4
    await close(client)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "7"}, 0.25),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "soon", "retry-after": "4"}, 4.0),
        ({"retry-after-ms": "-5"}, 0.5),
        ({"retry-after": "3600"}, 0.5),
        ({"retry-after": "tomorrow"}, 0.5),
        ({"retry-after": ""}, 0.5),
    ],
    ids=[
        "ms", "ms-wins", "seconds", "fractional", "bad-ms-falls-back", "negative-ms",
        "beyond-cap", "garbage", "empty",
    ],
)  # fmt: skip
async def test_429_delay_comes_from_the_server_headers(mode, provider, server, headers, expected):
    provider.reply_error(429, "slow down", headers=headers)
    policy, delays = recording_policy(max_retries=1)
    client = make_client(mode, server.base_url, retry_policy=policy)

    assert content_of(await chat(client)) == "You said: hello"

    assert delays == pytest.approx([expected])
    await close(client)


async def test_retry_after_as_an_http_date(mode, provider, server):
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    provider.reply_error(429, "slow down", headers={"retry-after": when})
    policy, delays = recording_policy(max_retries=1)
    client = make_client(mode, server.base_url, retry_policy=policy)

    await chat(client)

    # An HTTP date has one-second resolution and is read against the real clock.
    assert len(delays) == 1 and 27.0 <= delays[0] <= 31.0
    await close(client)


async def test_429_beyond_the_budget_raises_rate_limit_error(mode, provider, server):
    for _ in range(3):
        provider.reply_error(
            429, "quota", code="rate_limit_exceeded", headers={"retry-after-ms": "1"}
        )
    policy, delays = recording_policy(max_retries=2)
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(RateLimitError) as info:
        await chat(client)

    assert (info.value.status_code, info.value.code) == (429, "rate_limit_exceeded")
    assert delays == [0.001, 0.001]
    await close(client)


async def test_x_should_retry_false_stops_a_retryable_status(mode, provider, server):
    provider.reply_error(503, "do not retry", headers={"x-should-retry": "false"})
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(InternalServerError):
        await chat(client)

    assert len(provider.requests) == 1 and delays == []
    await close(client)


async def test_x_should_retry_true_retries_a_client_error(mode, provider, server):
    provider.reply_error(400, "transient", headers={"x-should-retry": "true"})
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    assert content_of(await chat(client)) == "You said: hello"

    assert delays == [0.5]
    await close(client)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (418, APIError),
    ],
)
async def test_client_errors_are_not_retried(mode, provider, server, status, cls):
    provider.reply_error(status, "no", headers={"retry-after": "1"})
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(cls) as info:
        await chat(client)

    assert info.value.status_code == status
    assert len(provider.requests) == 1 and delays == []
    await close(client)


@pytest.mark.parametrize(("status", "cls"), [(408, APIError), (409, ConflictError)])
async def test_408_and_409_are_retried(mode, provider, server, status, cls):
    provider.reply_error(status, "again").reply_error(status, "again").reply_error(status, "again")
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(cls):
        await chat(client)

    assert len(provider.requests) == 3 and delays == [0.5, 1.0]
    await close(client)


async def test_a_stream_request_is_retried_while_no_byte_reached_the_caller(mode, provider, server):
    provider.reply_error(503, "busy").reply_error(502, "bad gateway", headers={"retry-after": "1"})
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    assert await chat_stream_text(client, "streamed") == "You said: streamed"

    assert delays == [0.5, 1.0]
    await close(client)


async def test_every_retry_of_a_call_reuses_its_idempotency_key(mode, provider, server):
    provider.reply_error(500, "x").reply_error(500, "x")
    policy, _ = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    await chat(client)

    keys = {request.headers.get("idempotency-key") for request in provider.requests}
    assert len(keys) == 1 and None not in keys
    await close(client)


async def test_a_per_request_retry_budget_overrides_the_clients(mode, provider, server):
    for _ in range(3):
        provider.reply_error(500, "x")
    policy, delays = recording_policy(max_retries=5)
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(InternalServerError):
        await chat(client, max_retries=1)

    assert delays == [0.5]
    await close(client)
