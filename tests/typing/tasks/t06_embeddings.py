"""Embeddings: vectors for a few texts."""

from openai_core import Client

client = Client()


def main() -> None:
    result = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"]).send()
    vectors = [item.embedding for item in result.data]
    print(len(vectors), len(vectors[0]))
