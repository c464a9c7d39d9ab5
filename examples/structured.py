"""Structured output: parse the answer into a dataclass, streamed and not."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from examples._setup import Demo, demo


@dataclass
class City:
    """A city and what it is known for."""

    name: str
    country: str
    population_millions: float
    known_for: list[str]
    climate: Literal["cold", "temperate", "warm"]


PARIS = {
    "name": "Paris",
    "country": "France",
    "population_millions": 2.1,
    "known_for": ["the Louvre", "the Eiffel Tower"],
    "climate": "temperate",
}


def run(d: Demo) -> None:
    if d.fake is not None:  # the fake provider answers what a model would
        d.fake.reply_text(json.dumps(PARIS)).reply_text(json.dumps(PARIS))
    prompt = "Describe Paris."
    parsed = d.client.chat.completions.parse(City).model(d.model).message_user(prompt).send()
    city = parsed.parsed
    print("parsed:", city)

    builder = d.client.chat.completions.parse(City).model(d.model).message_user(prompt)
    with builder.send_streaming() as stream:
        seen = sum(1 for _ in stream)
        print(f"streamed: {seen} partial objects, then", stream.final().parsed)


if __name__ == "__main__":
    with demo() as d:
        run(d)
