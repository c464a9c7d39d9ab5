"""
Nothing is lost on a crash: a job is killed before or after each of its API calls, then
`batches.resume(state_file)` finishes it without uploading or creating anything twice.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

import pytest
from conftest import make_client

from openai_core import InvalidConfigError
from openai_core._jobs import batch
from openai_core.testing import FakeProvider

from ._support import creates, resume_job, run_job, uploads

pytestmark = pytest.mark.anyio

METHODS = ("upload", "find_file", "create", "find_batch", "retrieve", "cancel", "download")


class Crash(Exception):
    """Stands for the process dying at that point."""


def crash_at(monkeypatch: Any, mode: str, number: int, when: str) -> list[str]:
    """Make the `number`-th API call of the job crash, before or after it reaches the server."""
    cls = batch.SyncBatchApi if mode == "sync" else batch.AsyncBatchApi
    calls: list[str] = []

    def check(name: str, moment: str) -> None:
        if moment == "before":
            calls.append(name)
        if len(calls) == number and moment == when:
            raise Crash(f"{when} call {number} ({name})")

    for name in METHODS:
        original = getattr(cls, name)
        if inspect.iscoroutinefunction(original):

            async def wrapper(self, *args, _original=original, _name=name):
                check(_name, "before")
                result = await _original(self, *args)
                check(_name, "after")
                return result
        else:

            def wrapper(self, *args, _original=original, _name=name):  # type: ignore[misc]
                check(_name, "before")
                result = _original(self, *args)
                check(_name, "after")
                return result

        monkeypatch.setattr(cls, name, functools.wraps(original)(wrapper))
    return calls


def requests(client: Any) -> list[Any]:
    embed = client.embeddings.create().model("text-embedding-3-small")
    return [
        ("a", client.chat.completions.create().model("gpt-4o-mini").message_user("one")),
        ("b", embed.input("two")),
        ("c", client.chat.completions.create().model("gpt-4o-mini").message_user("three")),
    ]


async def calls_of_a_whole_job(mode: str, tmp_path: Any) -> list[str]:
    with pytest.MonkeyPatch.context() as patch:
        calls = crash_at(patch, mode, 10_000, "after")
        fake = FakeProvider(api_key="sk-test-secret-123")
        client = make_client(mode, fake)
        await run_job(mode, client, requests(client), state_file=tmp_path / "whole.json")
    return calls


async def test_a_crash_at_any_step_is_resumed_without_doing_anything_twice(
    mode, tmp_path, monkeypatch
):
    steps = await calls_of_a_whole_job(mode, tmp_path)
    assert steps[:4] == ["upload", "upload", "create", "create"]

    for number in range(1, len(steps) + 1):
        for when in ("before", "after"):
            fake = FakeProvider(api_key="sk-test-secret-123")
            client = make_client(mode, fake)
            path = tmp_path / f"job-{number}-{when}.json"
            with monkeypatch.context() as patch:
                crash_at(patch, mode, number, when)
                with pytest.raises(Crash):
                    await run_job(mode, client, requests(client), state_file=path)

            _, results = await resume_job(mode, client, path)

            where = f"crash {when} call {number} ({steps[number - 1]})"
            assert [r.custom_id for r in results] == ["a", "b", "c"], where
            assert all(r.ok for r in results), where
            assert results[2].response.choices[0].message.content == "You said: three", where
            assert len(uploads(fake)) == 2, where
            assert len(creates(fake)) == 2, where
            assert len(fake.endpoints.batches.all()) == 2, where


def test_the_state_file_is_replaced_whole_and_names_every_id(tmp_path, fake):
    client = make_client("sync", fake)
    path = tmp_path / "job.json"

    job = client.batches.run(requests(client), state_file=path, poll_interval=0.0)

    import json

    state = json.loads(path.read_text())
    assert state["job_id"] == job.job_id
    assert [p["batch_id"] for p in state["parts"]] == list(job.batch_ids)
    assert all(p["input_file_id"] for p in state["parts"])
    assert [r[0] for r in state["requests"]] == ["a", "b", "c"]
    assert sorted(f.name for f in tmp_path.iterdir()) == [
        "job.json", "job.json.part-0.jsonl", "job.json.part-1.jsonl",
    ]  # fmt: skip


def test_resuming_without_the_parts_lines_says_where_they_should_be(tmp_path, fake, monkeypatch):
    client = make_client("sync", fake)
    path = tmp_path / "job.json"
    with monkeypatch.context() as patch:
        crash_at(patch, "sync", 1, "before")
        with pytest.raises(Crash):
            client.batches.run(requests(client), state_file=path)
    (tmp_path / "job.json.part-0.jsonl").unlink()

    with pytest.raises(InvalidConfigError, match=r"lines of part 0 .*job.json.part-0.jsonl"):
        client.batches.resume(path)


def test_a_job_cancelled_before_its_batches_exist_says_so(tmp_path, fake, monkeypatch):
    client = make_client("sync", fake)
    path = tmp_path / "job.json"
    with monkeypatch.context() as patch:
        crash_at(patch, "sync", 3, "before")  # both parts uploaded, no batch yet
        with pytest.raises(Crash):
            client.batches.run(requests(client), state_file=path)
    from openai_core._jobs.batch import BatchJob, SyncBatchApi
    from openai_core._jobs.batch_core import BatchDriver

    job = BatchJob(SyncBatchApi(client), BatchDriver.resume(path, on_progress=None,
                   poll_interval=0.0, max_poll_interval=0.0, provider="openai"))  # fmt: skip
    job.cancel()
    results = list(job.results())

    assert fake.endpoints.batches.all() == []
    assert job.progress.status == "cancelled"
    assert all("cancelled before its batch was created" in r.error.message for r in results)


async def test_a_lost_batch_is_found_past_the_first_page_of_the_list(mode, fake):
    client = make_client(mode, fake)
    api = batch.SyncBatchApi(client) if mode == "sync" else batch.AsyncBatchApi(client)
    engine = fake.endpoints.batches
    fake.endpoints.files.add({"id": "file-in", "purpose": "batch"}, b"{}\n")
    body = {"input_file_id": "file-in", "endpoint": "/v1/chat/completions",
            "completion_window": "24h"}  # fmt: skip
    engine.create({**body, "metadata": {"openai_core_job": "j1", "openai_core_part": "0"}})
    for _ in range(150):
        engine.create(body)

    found = api.find_batch({"openai_core_job": "j1", "openai_core_part": "0"})
    missing = api.find_batch({"openai_core_job": "j2"})
    if mode == "async":
        found, missing = await found, await missing

    assert found["id"] == engine.all()[0]["id"]
    assert missing is None
    assert len([r for r in fake.requests if r.path == "/batches"]) == 4  # 2 pages each
