"""Structured output over the Responses API: parse(T), sent and streamed."""

from __future__ import annotations

import json
from dataclasses import dataclass

from examples._setup import Demo, demo


@dataclass
class Capital:
    """A country's capital city."""

    country: str
    city: str
    population_millions: float


FRANCE = {"country": "France", "city": "Paris", "population_millions": 2.1}


def run(d: Demo) -> None:
    if not d.supports_responses:
        print("skipped: this provider has no Responses API")
        return
    if d.fake is not None:  # the fake provider answers what a model would
        d.fake.reply_text(json.dumps(FRANCE)).reply_text(json.dumps(FRANCE))
    builder = d.client.responses.parse(Capital).model(d.model).input("The capital of France?")
    parsed = builder.max_reasks(1).send()
    print("parsed:", parsed.parsed)

    builder = d.client.responses.parse(Capital).model(d.model).input("The capital of France?")
    with builder.send_streaming() as stream:
        seen = sum(1 for _ in stream)
        print(f"streamed: {seen} partial objects, then", stream.final().parsed)


if __name__ == "__main__":
    with demo() as d:
        run(d)
