"""One-shot chat with the official `openai` package."""

from openai import OpenAI

client = OpenAI()


def main() -> None:
    completion = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hi"}]
    )
    print(completion.choices[0].message.content)
