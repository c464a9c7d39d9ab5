"""Batch upload with the official `openai` package."""

import time
from pathlib import Path

from openai import OpenAI

client = OpenAI()


def main() -> None:
    uploaded = client.files.create(file=Path("requests.jsonl"), purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    while batch.status not in ("completed", "failed", "expired", "cancelled"):
        time.sleep(30)
        batch = client.batches.retrieve(batch.id)
    if batch.output_file_id:
        client.files.content(batch.output_file_id).write_to_file("results.jsonl")
