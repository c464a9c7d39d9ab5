"""Structured output with the official `openai` package (pydantic only)."""

from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()


class Weather(BaseModel):
    city: str
    celsius: float


def main() -> None:
    completion = client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Paris?"}],
        response_format=Weather,
    )
    parsed = completion.choices[0].message.parsed
    if parsed is not None:
        print(parsed.city, parsed.celsius)
