"""
Checked by mypy --strict, never executed: the mistakes the keyword forms and typed setters
catch. Each ignore is needed (`warn_unused_ignores`); tests/test_user_typing.py also strips
them and asserts the exact messages.
"""

from __future__ import annotations

import dataclasses

from openai_core import AsyncClient, Client


@dataclasses.dataclass
class Weather:
    city: str


def mistakes(client: Client, aclient: AsyncClient) -> None:
    client.chat.completions.create(modle="m")  # type: ignore[call-arg]
    client.chat.completions.create(model="m", temperature="hot")  # type: ignore[arg-type]
    client.chat.completions.create(messages=[{"role": "usr", "content": "hi"}])  # type: ignore[misc, list-item]
    client.chat.completions.stream(max_token=5)  # type: ignore[call-arg]
    aclient.batches.create(completion_window=24)  # type: ignore[arg-type]
    client.chat.completions.create().message({"role": "user"})  # type: ignore[arg-type]
    client.chat.completions.create().tools([{"type": "function"}])  # type: ignore[list-item]
    parsed = client.chat.completions.parse(Weather).send().parsed
    print(parsed.city)  # type: ignore[union-attr]
    print(client.chat.completions.create().send().choices[0].mesage)  # type: ignore[attr-defined]
