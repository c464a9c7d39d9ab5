"""Pagination: every file, page after page."""

from openai_core import Client

client = Client()


def main() -> None:
    for file in client.files.list(limit=100).iter_all():
        print(file.id, file.filename)
