"""
Uploads and downloads: file values for multipart bodies, and writing binary answers to disk.

A file field takes a path (pathlib.Path, or a str for file fields), bytes, an open binary file
(streamed by httpx, never read whole here), or a (filename, content[, content_type]) tuple.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

__all__ = ["FileInput", "OpenedFiles", "multipart_parts", "to_file_tuple"]

FileContent = bytes | IO[bytes]
FileInput = str | os.PathLike[str] | bytes | IO[bytes] | tuple[Any, ...]
FileTuple = tuple[str, FileContent, str]


class OpenedFiles:
    """Files opened from paths for one call; closed when the call ends, retries included."""

    __slots__ = ("_files", "_positions")

    def __init__(self) -> None:
        self._files: list[IO[bytes]] = []
        self._positions: list[tuple[IO[bytes], int]] = []

    def open(self, path: str | os.PathLike[str]) -> IO[bytes]:
        """Open `path` for reading in binary mode and remember to close it."""
        handle = open(path, "rb")
        self._files.append(handle)
        return handle

    def remember(self, handle: IO[bytes]) -> None:
        """Remember where a caller's file starts, so a retry can send it again."""
        try:
            self._positions.append((handle, handle.tell()))
        except (OSError, ValueError, AttributeError):
            return

    def rewind(self) -> None:
        """Seek every file back to where the first attempt started reading it."""
        for handle in self._files:
            handle.seek(0)
        for handle, position in self._positions:
            handle.seek(position)

    def close(self) -> None:
        """Close the files opened from paths (callers' own files stay open)."""
        for handle in self._files:
            handle.close()
        self._files.clear()


def _name_of(value: Any, default: str) -> str:
    name = getattr(value, "name", None)
    return os.path.basename(name) if isinstance(name, str) and name else default


def to_file_tuple(field: str, value: Any, opened: OpenedFiles) -> FileTuple:
    """
    Turn a file value into httpx's (filename, content, content_type) tuple.

    Raises:
        TypeError: The value is not a path, bytes, a binary file or a tuple.
    """
    content_type = "application/octet-stream"
    if isinstance(value, tuple):
        filename, content = str(value[0]), value[1]
        if len(value) > 2 and value[2]:
            content_type = str(value[2])
        inner = to_file_tuple(field, content, opened)
        return filename, inner[1], content_type
    if isinstance(value, (str, os.PathLike)):
        return Path(value).name, opened.open(value), content_type
    if isinstance(value, (bytes, bytearray, memoryview)):
        return field, bytes(value), content_type
    if isinstance(value, io.TextIOBase):
        raise TypeError(
            f"File field {field!r} got a text-mode file; open it with open(path, 'rb') instead."
        )
    if hasattr(value, "read"):
        opened.remember(value)
        return _name_of(value, field), value, content_type
    raise TypeError(
        f"File field {field!r} expects a path, bytes or a binary file, got {type(value).__name__}."
    )


def _form_value(value: Any) -> str | list[str]:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict,)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return [v if isinstance(v, str) else json.dumps(v) for v in value]
    return str(value)


def multipart_parts(
    body: dict[str, Any], file_fields: Sequence[str], opened: OpenedFiles
) -> tuple[dict[str, Any], list[tuple[str, FileTuple]]]:
    """
    Split a body into httpx's `data` (form fields) and `files` (file parts).

    A file field given a list sends one part per item under the same name.
    """
    data: dict[str, Any] = {}
    files: list[tuple[str, FileTuple]] = []
    for name, value in body.items():
        if value is None:
            continue
        if name in file_fields:
            values: Iterable[Any] = value if isinstance(value, list) else (value,)
            files.extend((name, to_file_tuple(name, v, opened)) for v in values)
        else:
            data[name] = _form_value(value)
    return data, files
