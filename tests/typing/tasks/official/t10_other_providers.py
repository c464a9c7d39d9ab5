"""Other providers with the official `openai` package: base URLs and keys by hand."""

import os

from openai import OpenAI

deepseek = OpenAI(base_url="https://api.deepseek.com/v1", api_key=os.environ["DEEPSEEK_API_KEY"])
ollama = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")


def main() -> None:
    for client, model in ((deepseek, "deepseek-chat"), (ollama, "llama3.2")):
        completion = client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": "Hi"}]
        )
        print(completion.choices[0].message.content)
