"""AsyncClient: the same builders, awaited; a few requests run concurrently."""

from __future__ import annotations

import asyncio

from examples._setup import Demo, demo
from openai_core import AsyncClient


async def ask_all(d: Demo) -> None:
    options = d.client.options
    async with AsyncClient(
        provider=options.provider, base_url=options.base_url, api_key=options.api_key,
        api_version=options.api_version,
    ) as client:  # fmt: skip
        questions = ["Name a planet.", "Name a river.", "Name a mountain."]
        builders = [
            client.chat.completions.create().model(d.model).message_user(q) for q in questions
        ]
        answers = await asyncio.gather(*(b.send() for b in builders))
        for question, answer in zip(questions, answers, strict=True):
            print(f"{question} -> {answer.choices[0].message.content}")


def run(d: Demo) -> None:
    asyncio.run(ask_all(d))


if __name__ == "__main__":
    with demo() as d:
        run(d)
