"""Structured output: the answer as a typed object."""

import dataclasses

from openai_core import Client

client = Client()


@dataclasses.dataclass
class Weather:
    city: str
    celsius: float


def main() -> None:
    parsed = (
        client.chat.completions.parse(Weather).model("gpt-4o-mini").message_user("Paris?").send()
    )
    if parsed.parsed is not None:
        print(parsed.parsed.city, parsed.parsed.celsius)
