import email.utils
import logging
import time

import httpx
import pytest
from conftest import API_KEY, close, make_client, no_sleep_policy, resolve

from openai_core import InternalServerError, RateLimitError, RetryPolicy, retry_delay


def response(status, **headers):
    return httpx.Response(status, headers=headers)


POLICY = RetryPolicy(random=lambda: 0.0)


def test_backoff_doubles_from_half_a_second_up_to_the_cap():
    policy = RetryPolicy(max_retries=10, random=lambda: 0.0)

    delays = [retry_delay(n, response(500), policy) for n in range(1, 7)]

    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_shortens_the_delay_by_at_most_a_quarter():
    policy = RetryPolicy(random=lambda: 0.999)

    assert 0.375 < retry_delay(1, response(503), policy) <= 0.5


def test_retry_after_ms_wins_over_retry_after():
    assert (
        retry_delay(1, response(429, **{"retry-after-ms": "250", "retry-after": "9"}), POLICY)
        == 0.25
    )


def test_retry_after_seconds():
    assert retry_delay(1, response(429, **{"retry-after": "3"}), POLICY) == 3.0


def test_retry_after_http_date():
    when = email.utils.formatdate(time.time() + 5, usegmt=True)

    delay = retry_delay(1, response(503, **{"retry-after": when}), POLICY)

    assert delay is not None and 3.0 <= delay <= 5.0


def test_retry_after_beyond_the_cap_falls_back_to_backoff():
    assert retry_delay(1, response(429, **{"retry-after": "3600"}), POLICY) == 0.5


def test_garbage_retry_after_falls_back_to_backoff():
    assert retry_delay(1, response(429, **{"retry-after": "soon"}), POLICY) == 0.5


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses(status):
    assert retry_delay(1, response(status), POLICY) is not None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(status):
    assert retry_delay(1, response(status), POLICY) is None


def test_x_should_retry_overrides_the_status():
    assert retry_delay(1, response(400, **{"x-should-retry": "true"}), POLICY) == 0.5
    assert retry_delay(1, response(503, **{"x-should-retry": "false"}), POLICY) is None


def test_budget_is_retries_after_the_first_attempt():
    policy = RetryPolicy(max_retries=2, random=lambda: 0.0)

    assert retry_delay(2, response(500), policy) is not None
    assert retry_delay(3, response(500), policy) is None


def test_connection_errors_are_retried_unless_disabled():
    assert retry_delay(1, None, POLICY) == 0.5
    assert retry_delay(1, None, RetryPolicy(retry_connection_errors=False)) is None


@pytest.mark.anyio
async def test_429_with_retry_after_ms_then_success_on_a_real_server(mode, fake, served):
    delays = []
    fake.reply_error(429, "slow down", headers={"retry-after-ms": "20"}).reply_text("ok")
    client = make_client(
        mode, base_url=served.base_url, retry_policy=no_sleep_policy(delays=delays)
    )

    meta = await resolve(
        client.chat.completions.create(model="m").message_user("x").send_with_meta()
    )

    assert meta.data.choices[0].message.content == "ok"
    assert meta.attempts == 2
    assert delays == [0.02]
    await close(client)


@pytest.mark.anyio
async def test_503_then_200_reuses_the_idempotency_key(mode, fake, served):
    fake.reply_error(503, "busy").reply_text("fine")
    client = make_client(mode, base_url=served.base_url, retry_policy=no_sleep_policy())

    completion = await resolve(client.chat.completions.create(model="m").message_user("x").send())

    first, second = fake.requests
    assert completion.choices[0].message.content == "fine"
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert first.headers["idempotency-key"].startswith("oc-")
    await close(client)


@pytest.mark.anyio
async def test_gives_up_after_max_retries_with_the_last_error(mode, fake):
    for _ in range(3):
        fake.reply_error(500, "down")
    client = make_client(mode, fake, retry_policy=no_sleep_policy(max_retries=2))

    with pytest.raises(InternalServerError):
        await resolve(client.models.list().send())

    assert len(fake.requests) == 3
    await close(client)


@pytest.mark.anyio
async def test_per_request_max_retries_zero_disables_retries(mode, fake):
    fake.reply_error(429, "slow")
    client = make_client(mode, fake, retry_policy=no_sleep_policy())

    with pytest.raises(RateLimitError):
        await resolve(client.models.list().max_retries(0).send())

    assert len(fake.requests) == 1
    await close(client)


@pytest.mark.anyio
async def test_reset_connection_is_retried(mode, fake, served):
    fake.reply_text("dropped", reset_before_headers=True).reply_text("second try")
    client = make_client(mode, base_url=served.base_url, retry_policy=no_sleep_policy())

    completion = await resolve(client.chat.completions.create(model="m").message_user("x").send())

    assert completion.choices[0].message.content == "second try"
    await close(client)


@pytest.mark.anyio
async def test_a_retried_status_is_logged_at_info_with_attempt_and_delay(mode, fake, caplog):
    fake.reply_error(429, "slow down", headers={"retry-after-ms": "250"}).reply_text("ok")
    client = make_client(mode, fake, retry_policy=no_sleep_policy())

    with caplog.at_level(logging.INFO, logger="openai_core"):
        await resolve(client.chat.completions.create(model="m").message_user("x").send())

    retries = [r for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert [r.levelno for r in retries] == [logging.INFO]
    assert retries[0].getMessage() == (
        "Retrying POST http://fake.test/v1/chat/completions after HTTP 429 (attempt 1 failed; next in 0.25s)"
    )
    assert API_KEY not in caplog.text
    await close(client)
