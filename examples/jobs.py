"""Many requests: the provider's Batch API (with a resumable state file) and run_many."""

from __future__ import annotations

import tempfile
from pathlib import Path

from examples._setup import Demo


def run(d: Demo) -> None:
    questions = ["Name a colour.", "Name a fruit.", "Name a planet."]
    requests = [
        d.client.chat.completions.create().model(d.model).message_user(q).max_tokens(20)
        for q in questions
    ]

    for result in d.client.run_many(requests, concurrency=8):
        answer = result.response.choices[0].message.content if result.ok else result.error
        print(f"run_many[{result.index}]: {answer}")

    if not d.is_fake:
        print("batch: skipped (a real batch may take up to 24 hours)")
        return
    with tempfile.TemporaryDirectory() as folder:
        state = Path(folder) / "job.json"
        job = d.client.batches.run(
            list(zip(["colour", "fruit", "planet"], requests, strict=True)),
            state_file=state,
            poll_interval=0.05,
            on_progress=lambda p: print(f"batch progress: {p.status} {p.completed}/{p.total}"),
        )
        # A crash here would lose nothing: resume(state) carries on from the state file.
        job = d.client.batches.resume(state, poll_interval=0.05)
        for result in job.results():
            print(f"batch {result.custom_id}: {result.response.choices[0].message.content}")
