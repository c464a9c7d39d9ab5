"""batches.run / resume end to end against the fake provider's Batch API, sync and async."""

from __future__ import annotations

import itertools
import json
import re

import pytest
from conftest import make_client

from openai_core import (
    APIError,
    BadRequestError,
    BatchProgress,
    InvalidConfigError,
    MissingRequiredFieldError,
)
from openai_core._jobs.batch_lines import plan_parts

from ._support import chats, creates, run_job, uploads

pytestmark = pytest.mark.anyio


async def test_results_come_typed_and_in_input_order(mode, fake):
    client = make_client(mode, fake)
    requests = [
        *chats(client, 3),
        ("vec", client.embeddings.create().model("text-embedding-3-small").input("hello")),
    ]

    job, results = await run_job(mode, client, requests)

    assert [r.custom_id for r in results] == ["request-0", "request-1", "request-2", "vec"]
    assert [r.response.choices[0].message.content for r in results[:3]] == [
        "You said: question 0", "You said: question 1", "You said: question 2",
    ]  # fmt: skip
    assert type(results[3].response).__name__ == "EmbeddingList"
    assert all(r.ok and r.status_code == 200 for r in results)
    assert len(job.batch_ids) == 2  # one batch per endpoint
    assert job.progress.status == "completed"


async def test_lines_carry_the_builders_request_and_the_batch_api_url(mode, fake):
    client = make_client(mode, fake)
    builder = (client.chat.completions.create().model("gpt-4o-mini").message_user("hi")
               .temperature(0.5).extra_body("seed", 7))  # fmt: skip

    await run_job(mode, client, [("one", builder)])

    content = fake.endpoints.files.get(json.loads(creates(fake)[0].body)["input_file_id"])
    assert content is not None
    line = json.loads(content[1])
    assert line == {
        "custom_id": "one", "method": "POST", "url": "/v1/chat/completions",
        "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}],
                 "temperature": 0.5, "seed": 7},
    }  # fmt: skip
    assert content[0]["purpose"] == "batch"
    assert json.loads(creates(fake)[0].body)["endpoint"] == "/v1/chat/completions"


async def test_failed_lines_become_errors_and_others_still_succeed(mode, fake):
    client = make_client(mode, fake)
    fake.reply_error(400, "bad temperature", param="temperature", for_path="/chat/completions")

    _, results = await run_job(mode, client, chats(client, 3))

    assert isinstance(results[0].error, BadRequestError)
    assert results[0].error.param == "temperature" and results[0].status_code == 400
    assert [r.ok for r in results] == [False, True, True]


async def test_progress_reports_status_and_counts_as_they_change(mode, fake):
    client = make_client(mode, fake)
    seen: list[BatchProgress] = []

    await run_job(mode, client, chats(client, 4), on_progress=seen.append)

    statuses = [p.status for p in seen]
    assert statuses[0] == "uploading" and statuses[-1] == "completed"
    assert "in_progress" in statuses
    assert seen[-1].completed == 4 and seen[-1].total == 4 and seen[-1].done
    assert all(a != b for a, b in itertools.pairwise(seen))  # only changes are reported


async def test_cancel_cancels_the_remote_batches(mode, fake):
    client = make_client(mode, fake)
    if mode == "sync":
        job = client.batches.run(chats(client, 2), poll_interval=0.0)
        job.cancel()
        results = list(job.results())
    else:
        job = await client.batches.run(chats(client, 2), poll_interval=0.0)
        await job.cancel()
        results = [r async for r in job.results()]

    assert [b["status"] for b in fake.endpoints.batches.all()] == ["cancelled"]
    assert all(r.error is not None and r.error.code == "batch_cancelled" for r in results)


def test_ctrl_c_while_waiting_cancels_the_batches(fake, monkeypatch):
    client = make_client("sync", fake)
    job = client.batches.run(chats(client, 2), poll_interval=0.0)
    from openai_core._jobs import batch

    def interrupt(self, batch_id):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch.SyncBatchApi, "retrieve", interrupt)

    with pytest.raises(KeyboardInterrupt):
        job.wait()

    assert [b["status"] for b in fake.endpoints.batches.all()] == ["cancelling"]


async def test_a_batch_that_fails_validation_reports_why_for_each_request(mode, fake):
    client = make_client(mode, fake)
    builder = client.chat.completions.create().model("gpt-4o-mini").message_user("x")

    from openai_core._jobs import batch_lines

    original = batch_lines.request_line
    batch_lines.request_line = lambda cid, spec, target: original(cid, spec, target).replace(
        b"/v1/chat/completions", b"/v1/other"
    )
    try:
        job, results = await run_job(mode, client, [builder])
    finally:
        batch_lines.request_line = original

    assert job.progress.status == "failed"
    assert isinstance(results[0].error, APIError)
    assert results[0].error.code == "batch_failed"
    assert "Line 1 is not a request" in results[0].error.message


def test_unsupported_requests_are_rejected_before_any_upload(fake):
    client = make_client("sync", fake)
    good = client.chat.completions.create().model("gpt-4o-mini").message_user("x")
    cases = [
        ([client.files.list()], "does not run 'files.list'"),
        ([client.chat.completions.stream().model("m").message_user("x")], "unsent request"),
        ([client.chat.completions.parse(dict).model("m").message_user("x")], "unsent request"),
        (["not a builder"], "got str"),
        ([("a", good), ("a", good)], "custom_id 'a' is used twice"),
        ([client.chat.completions.create(model="m", messages=[], stream=True)], "stream(True)"),
        ([], "at least one request"),
    ]
    for requests, message in cases:
        with pytest.raises(InvalidConfigError, match=re.escape(message)):
            client.batches.run(requests)
    with pytest.raises(MissingRequiredFieldError):
        client.batches.run([client.chat.completions.create().message_user("no model")])
    assert uploads(fake) == []


def test_parts_split_at_the_line_and_byte_limits(fake):
    client = make_client("sync", fake)
    requests = chats(client, 7)

    entries, parts = plan_parts(requests, None, max_lines=3)
    _, by_size = plan_parts(requests, None, max_bytes=2 * len(parts[0].lines[0]) + 5)

    assert [len(p.lines) for p in parts] == [3, 3, 1]
    assert [e[2] for e in entries] == [0, 0, 0, 1, 1, 1, 2]
    assert [len(p.lines) for p in by_size] == [2, 2, 2, 1]
    assert all(p.size <= 2 * len(parts[0].lines[0]) + 5 for p in by_size)
    with pytest.raises(InvalidConfigError, match="a batch file holds 10"):
        plan_parts(requests, None, max_bytes=10)


def test_a_state_file_that_exists_or_is_not_a_state_is_refused(fake, tmp_path):
    client = make_client("sync", fake)
    path = tmp_path / "job.json"
    path.write_text("{}")

    with pytest.raises(InvalidConfigError, match="already exists"):
        client.batches.run(chats(client, 1), state_file=path)
    with pytest.raises(InvalidConfigError, match="not a batch job state"):
        client.batches.resume(path)
    with pytest.raises(InvalidConfigError, match="Cannot read"):
        client.batches.resume(tmp_path / "missing.json")


def test_custom_ids_with_escapes_and_bodies_naming_custom_id_map_back(fake):
    client = make_client("sync", fake)
    tricky = client.chat.completions.create().model("gpt-4o-mini").message_user('"custom_id": "x"')
    requests = [('quote"d \\ id', tricky), ("x", chats(client, 1)[0])]

    _, results = _run_sync(client, requests)

    assert [r.custom_id for r in results] == ['quote"d \\ id', "x"]
    assert results[0].response.choices[0].message.content == 'You said: "custom_id": "x"'
    assert results[1].response.choices[0].message.content == "You said: question 0"


def _run_sync(client, requests):
    job = client.batches.run(requests, poll_interval=0.0)
    return job, list(job.results())


async def test_an_async_wait_that_is_cancelled_cancels_the_batches(fake):
    import asyncio

    client = make_client("async", fake)
    job = await client.batches.run(chats(client, 2), poll_interval=30.0)
    waiting = asyncio.ensure_future(job.wait())
    while not any(b["status"] == "in_progress" for b in fake.endpoints.batches.all()):
        await asyncio.sleep(0)  # until the first poll round is done and it sleeps

    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting

    assert [b["status"] for b in fake.endpoints.batches.all()] == ["cancelling"]
