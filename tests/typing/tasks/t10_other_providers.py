"""Other providers: the same code against DeepSeek and a local Ollama."""

from openai_core import Client

deepseek = Client(provider="deepseek")  # DEEPSEEK_API_KEY, its base URL and quirks
ollama = Client(provider="ollama")  # http://localhost:11434/v1, no key


def main() -> None:
    for client, model in ((deepseek, "deepseek-chat"), (ollama, "llama3.2")):
        completion = client.chat.completions.create().model(model).message_user("Hi").send()
        print(completion.choices[0].message.content)
