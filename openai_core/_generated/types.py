# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Shared types and helpers of the generated layer."""

from collections.abc import Mapping
from typing import IO, Any, BinaryIO, Literal
from urllib.parse import quote

from attrs import define


class Unset:
    """The type of UNSET: a field that was not given (None means JSON null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Copies and unpickled models keep the one UNSET (fields are compared with `is UNSET`).
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload: its bytes (or a binary file object), name and media type."""

    payload: BinaryIO | bytes
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return the (name, content, media type) tuple httpx takes for multipart uploads."""
        return self.file_name, self.payload, self.mime_type


def encode_path_segment(value: object) -> str:
    """
    Percent-encode one path segment, so that no value can change the request path.

    `/`, `?`, `#` and every non-ASCII character are encoded; "." and ".." are encoded too,
    because URL parsers remove dot segments (RFC 3986, section 5.2.4).
    """
    text = quote(str(value), safe="")
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return text


def add_query_param(params: dict[str, Any], name: str, value: Any) -> None:
    """
    Add one query parameter, skipping UNSET and None.

    Objects are sent in the deepObject style (`metadata[key]=value`), lists as repeated keys,
    booleans as `true`/`false`.
    """
    if value is UNSET or value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            add_query_param(params, f"{name}[{key}]", item)
    elif isinstance(value, bool):
        params[name] = "true" if value else "false"
    else:
        params[name] = value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Unset",
    "add_query_param",
    "encode_path_segment",
]
