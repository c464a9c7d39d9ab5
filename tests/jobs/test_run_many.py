"""client.run_many: bounded concurrency, rate-limit pacing, per-request errors, input order."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import API_KEY, make_client

from openai_core import BadRequestError, Client, InvalidConfigError, RunProgress
from openai_core.testing import FakeProvider

from ._support import chats

pytestmark = pytest.mark.anyio


async def collect(mode: str, client: Any, requests: Any, **kwargs: Any) -> list[Any]:
    if mode == "sync":
        return list(client.run_many(requests, **kwargs))
    return [r async for r in client.run_many(requests, **kwargs)]


async def test_results_come_typed_and_in_input_order(mode, fake):
    client = make_client(mode, fake)
    requests = [
        *chats(client, 20),
        client.embeddings.create().model("text-embedding-3-small").input("x"),
        client.models.list(),
    ]

    results = await collect(mode, client, requests, concurrency=4)

    assert [r.index for r in results] == list(range(22))
    assert [r.response.choices[0].message.content for r in results[:20]] == [
        f"You said: question {i}" for i in range(20)
    ]
    assert type(results[20].response).__name__ == "EmbeddingList"
    assert type(results[21].response).__name__ == "ModelList"
    assert all(r.ok for r in results)


async def test_one_failed_request_never_stops_the_others(mode, fake):
    client = make_client(mode, fake, max_retries=0)
    fake.reply_error(400, "bad request", for_path="/chat/completions")  # the first call, alone

    results = await collect(mode, client, chats(client, 6), concurrency=3)

    assert isinstance(results[0].error, BadRequestError)
    assert [r.ok for r in results] == [False, True, True, True, True, True]


async def test_429s_send_the_request_back_to_the_queue(mode, fake):
    client = make_client(mode, fake, max_retries=0)
    fake.reply_rate_limited(0.0, for_path="/chat/completions")
    fake.reply_rate_limited(0.0, for_path="/chat/completions")
    seen: list[RunProgress] = []

    results = await collect(mode, client, chats(client, 4), concurrency=2, on_progress=seen.append)

    assert all(r.ok for r in results)
    assert seen[-1].rate_limited == 2 and seen[-1].done == 4 and seen[-1].failed == 0


async def test_rate_limited_requests_that_stay_limited_end_as_errors(mode, fake):
    client = make_client(mode, fake, max_retries=0)
    for _ in range(3):
        fake.reply_rate_limited(0.0, for_path="/chat/completions")

    results = await collect(mode, client, chats(client, 2), concurrency=1, max_rate_limit_retries=2)

    assert results[0].error is not None and results[0].error.status_code == 429
    assert results[1].ok


async def test_announced_limits_pause_starts_until_the_window_resets(mode):
    fake = FakeProvider(api_key=API_KEY).rate_limit(requests=3, window=0.3)
    client = make_client(mode, fake, max_retries=0)
    seen: list[RunProgress] = []

    results = await collect(mode, client, chats(client, 7), concurrency=8, on_progress=seen.append)

    assert all(r.ok for r in results)
    assert seen[-1].waits >= 1  # it paused on its own, before the server said no
    assert max(p.in_flight for p in seen) <= 3


async def test_bad_requests_are_refused_before_anything_is_sent(mode, fake):
    client = make_client(mode, fake)

    with pytest.raises(InvalidConfigError, match="unsent request builder"):
        client.run_many([client.chat.completions.stream().model("m").message_user("x")])
    with pytest.raises(InvalidConfigError, match="concurrency"):
        client.run_many(chats(client, 1), concurrency=0)
    assert fake.requests == []


def test_stopping_early_leaves_nothing_running(fake):
    client = make_client("sync", fake)

    for result in client.run_many(chats(client, 50), concurrency=4):
        assert result.ok
        break

    assert len(fake.requests) < 50


def test_many_threads_over_real_sockets(fake):
    with fake.serve() as server, Client(base_url=server.base_url, api_key=API_KEY) as client:
        results = list(client.run_many(chats(client, 40), concurrency=8))

    assert [r.response.choices[0].message.content for r in results] == [
        f"You said: question {i}" for i in range(40)
    ]
    assert len({r.connection_id for r in fake.requests}) > 1
