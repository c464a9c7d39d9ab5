"""Streaming: print the answer as it arrives."""

from openai_core import Client

client = Client()


def main() -> None:
    builder = client.chat.completions.stream().model("gpt-4o-mini").message_user("Tell a joke")
    with builder.send() as stream:
        for text in stream.text_deltas():
            print(text, end="", flush=True)
