"""
The fake provider's memory: stored chat completions, uploaded files, and the cursor pagination
that OpenAI list endpoints share (``after`` = id of the last item seen, ``limit``, ``order``;
the answer carries ``first_id``, ``last_id`` and ``has_more``).

Each store has its own lock, because the HTTP server serves requests from several threads.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ChatStore", "FileStore", "StoredCompletion", "paginate"]


def paginate(
    items: list[dict[str, Any]], *, after: str | None, limit: int, order: str
) -> dict[str, Any]:
    """
    Return one page of a list in the OpenAI list shape.

    Args:
        items: Every item, oldest first; each has an ``id``.
        after: Return the items that follow the one with this id (in ``order``); an unknown id
            gives an empty page.
        limit: Page size.
        order: ``"asc"`` (oldest first) or ``"desc"``.
    """
    ordered = list(reversed(items)) if order == "desc" else list(items)
    if after is not None:
        ids = [item["id"] for item in ordered]
        ordered = ordered[ids.index(after) + 1 :] if after in ids else []
    page = ordered[:limit]
    return {
        "object": "list",
        "data": page,
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
        "has_more": len(ordered) > limit,
    }


@dataclass
class StoredCompletion:
    """A completion kept because its request said ``"store": true``, with the request messages."""

    completion: dict[str, Any]
    messages: list[dict[str, Any]] = field(default_factory=list)


class ChatStore:
    """Stored chat completions, in creation order."""

    def __init__(self) -> None:
        """Create an empty store."""
        self._lock = threading.Lock()
        self._items: dict[str, StoredCompletion] = {}

    def add(self, completion: Mapping[str, Any], request_body: Mapping[str, Any]) -> None:
        """
        Keep a completion along with the messages and metadata of the request that made it.

        Args:
            completion: The ``chat.completion`` object that was answered.
            request_body: The request body (its ``messages`` and ``metadata`` are kept).
        """
        stored = copy.deepcopy(dict(completion))
        metadata = request_body.get("metadata")
        stored["metadata"] = dict(metadata) if isinstance(metadata, Mapping) else {}
        messages = request_body.get("messages")
        kept = [
            {"id": f"{stored['id']}-{index}", **copy.deepcopy(message)}
            for index, message in enumerate(messages if isinstance(messages, list) else [])
            if isinstance(message, Mapping)
        ]
        with self._lock:
            self._items[stored["id"]] = StoredCompletion(stored, kept)

    def get(self, completion_id: str) -> dict[str, Any] | None:
        """Return a copy of a stored completion, or None."""
        with self._lock:
            item = self._items.get(completion_id)
            return copy.deepcopy(item.completion) if item else None

    def messages(self, completion_id: str) -> list[dict[str, Any]] | None:
        """Return a copy of the request messages of a stored completion, or None."""
        with self._lock:
            item = self._items.get(completion_id)
            return copy.deepcopy(item.messages) if item else None

    def update_metadata(
        self, completion_id: str, metadata: Mapping[str, Any]
    ) -> dict[str, Any] | None:
        """
        Replace a stored completion's metadata and return the updated copy, or None if unknown.

        Args:
            completion_id: The completion id.
            metadata: The new metadata.
        """
        with self._lock:
            item = self._items.get(completion_id)
            if item is None:
                return None
            item.completion["metadata"] = dict(metadata)
            return copy.deepcopy(item.completion)

    def delete(self, completion_id: str) -> bool:
        """Forget a completion; return whether it existed."""
        with self._lock:
            return self._items.pop(completion_id, None) is not None

    def select(self, keep: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
        """Return copies of the completions for which ``keep`` is true, oldest first."""
        with self._lock:
            return [copy.deepcopy(i.completion) for i in self._items.values() if keep(i.completion)]


class FileStore:
    """Uploaded files: their ``file`` objects and contents, in upload order."""

    def __init__(self) -> None:
        """Create an empty store."""
        self._lock = threading.Lock()
        self._items: dict[str, tuple[dict[str, Any], bytes]] = {}

    def add(self, file_object: dict[str, Any], content: bytes) -> None:
        """Keep a file object and its content."""
        with self._lock:
            self._items[file_object["id"]] = (dict(file_object), content)

    def get(self, file_id: str) -> tuple[dict[str, Any], bytes] | None:
        """Return a file's object (a copy) and content, or None."""
        with self._lock:
            item = self._items.get(file_id)
            return (dict(item[0]), item[1]) if item else None

    def delete(self, file_id: str) -> bool:
        """Forget a file; return whether it existed."""
        with self._lock:
            return self._items.pop(file_id, None) is not None

    def select(self, keep: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
        """Return copies of the file objects for which ``keep`` is true, oldest first."""
        with self._lock:
            return [dict(obj) for obj, _ in self._items.values() if keep(obj)]
