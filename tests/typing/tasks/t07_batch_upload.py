"""Batch upload: send a JSONL file to the batch engine and wait for it."""

import time
from pathlib import Path

from openai_core import Client

client = Client()


def main() -> None:
    uploaded = client.files.create().file(Path("requests.jsonl")).purpose("batch").send()
    batch = client.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    ).send()
    while batch.status not in ("completed", "failed", "expired", "cancelled"):
        time.sleep(30)
        batch = client.batches.retrieve(batch.id).send()
    if batch.output_file_id:
        client.files.content(batch.output_file_id).send_to_file(Path("results.jsonl"))
