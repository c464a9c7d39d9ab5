"""One-shot chat: ask once, print the answer."""

from openai_core import Client

client = Client()


def main() -> None:
    completion = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hi"}]
    ).send()
    print(completion.choices[0].message.content)
