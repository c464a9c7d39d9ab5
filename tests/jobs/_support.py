"""Helpers shared by the job tests: run a batch job the same way in both modes."""

from __future__ import annotations

from typing import Any

from openai_core.testing import FakeProvider


def chats(client: Any, n: int) -> list[Any]:
    return [
        client.chat.completions.create().model("gpt-4o-mini").message_user(f"question {i}")
        for i in range(n)
    ]


async def run_job(mode: str, client: Any, requests: Any, **kwargs: Any) -> tuple[Any, list[Any]]:
    kwargs.setdefault("poll_interval", 0.0)
    if mode == "sync":
        job = client.batches.run(requests, **kwargs)
        return job, list(job.results())
    job = await client.batches.run(requests, **kwargs)
    return job, [r async for r in job.results()]


async def resume_job(mode: str, client: Any, path: Any) -> tuple[Any, list[Any]]:
    if mode == "sync":
        job = client.batches.resume(path, poll_interval=0.0)
        return job, list(job.results())
    job = await client.batches.resume(path, poll_interval=0.0)
    return job, [r async for r in job.results()]


def uploads(fake: FakeProvider) -> list[Any]:
    return [r for r in fake.requests if r.method == "POST" and r.path == "/files"]


def creates(fake: FakeProvider) -> list[Any]:
    return [r for r in fake.requests if r.method == "POST" and r.path == "/batches"]
