"""
Uploads and downloads: file values for multipart bodies, and writing binary answers to disk.

A file field takes a path (pathlib.Path, or a str for file fields), bytes, an open binary file
(streamed by httpx, never read whole here), or a (filename, content[, content_type]) tuple.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from ._request import flatten_pairs

__all__ = ["FileInput", "OpenedFiles", "has_files", "multipart_parts", "to_file_tuple"]

FileContent = bytes | IO[bytes]
FileInput = str | os.PathLike[str] | bytes | IO[bytes] | tuple[Any, ...]
FileTuple = tuple[str, FileContent] | tuple[str, FileContent, str]


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
    Turn a file value into httpx's (filename, content[, content_type]) tuple, named as the
    official SDK names it: a path or file by its base name, bare bytes "upload". Without a
    content type httpx guesses one from the file name (application/octet-stream if unknown).

    Raises:
        TypeError: The value is not a path, bytes, a binary file or a tuple.
    """
    if isinstance(value, tuple):
        inner = to_file_tuple(field, value[1], opened)
        if len(value) > 2 and value[2]:
            return str(value[0]), inner[1], str(value[2])
        return str(value[0]), inner[1]
    if isinstance(value, (str, os.PathLike)):
        return Path(value).name, opened.open(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "upload", bytes(value)
    if isinstance(value, io.TextIOBase):
        raise TypeError(
            f"File field {field!r} got a text-mode file; open it with open(path, 'rb') instead."
        )
    if hasattr(value, "read"):
        opened.remember(value)
        return _name_of(value, "upload"), value
    raise TypeError(
        f"File field {field!r} expects a path, bytes or a binary file, got {type(value).__name__}."
    )


class _AlwaysMultipart(dict[str, Any]):
    """An empty `files` argument that still makes httpx encode multipart/form-data."""

    def __bool__(self) -> bool:
        return True


def _part(value: Any, content_type: str) -> tuple[None, bytes, str]:
    """A form field sent with its own Content-Type (the spec's `encoding`), e.g. a JSON part."""
    if content_type == "application/json" or not isinstance(value, (str, bytes)):
        data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    else:
        data = value.encode("utf-8") if isinstance(value, str) else value
    return None, data, content_type


def has_files(body: dict[str, Any], file_fields: Sequence[str]) -> bool:
    """Whether any file field of `body` holds a value."""
    return any(body.get(name) is not None for name in file_fields)


def multipart_parts(
    body: dict[str, Any],
    file_fields: Sequence[str],
    opened: OpenedFiles,
    part_types: Sequence[tuple[str, str]] = (),
) -> tuple[dict[str, Any], Any]:
    """
    Split a body into httpx's `data` (form fields) and `files` (file parts).

    Form fields are flattened as the official SDK does (`tags[]`, `expires_after[anchor]`); a
    file field given a list sends one `name[]` part per item; fields with a declared part type
    (`part_types`, from the spec's encoding) go as parts of that type. With no file at all the
    body is still multipart.
    """
    typed = dict(part_types)
    data: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    for name, value in body.items():
        if value is None:
            continue
        if name in file_fields:
            if isinstance(value, list):
                files.extend((name + "[]", to_file_tuple(name, v, opened)) for v in value)
            else:
                files.append((name, to_file_tuple(name, value, opened)))
        elif name in typed:
            files.append((name, _part(value, typed[name])))
        else:
            for key, text in flatten_pairs(name, value):
                previous = data.get(key)
                if previous is None:
                    data[key] = text
                elif isinstance(previous, list):
                    previous.append(text)
                else:
                    data[key] = [previous, text]
    return data, (files or _AlwaysMultipart())
