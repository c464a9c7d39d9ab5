"""Pagination with the official `openai` package."""

from openai import OpenAI

client = OpenAI()


def main() -> None:
    for file in client.files.list(limit=100):
        print(file.id, file.filename)
