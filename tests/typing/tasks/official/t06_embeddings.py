"""Embeddings with the official `openai` package."""

from openai import OpenAI

client = OpenAI()


def main() -> None:
    result = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
    vectors = [item.embedding for item in result.data]
    print(len(vectors), len(vectors[0]))
