"""
Capture what a client puts on the wire, as comparable data: method, path, query pairs, the
Accept header, the body's media type and the body (JSON value, multipart parts, or bytes).

Shared by the comparison with the official `openai` package and by the Prism check.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx

BASE_URL = "http://127.0.0.1:9/v1"


@dataclass(frozen=True)
class Wire:
    """One request as the server sees it, in a form two SDKs can be compared by."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    accept: str | None
    media_type: str | None
    body: Any

    def lines(self) -> list[str]:
        """The request, one fact per line (for readable diffs in assertion messages)."""
        return [
            f"method {self.method}",
            f"path {self.path}",
            *(f"query {k}={v}" for k, v in self.query),
            f"accept {self.accept}",
            f"media-type {self.media_type}",
            *(f"body {part}" for part in _body_lines(self.body)),
        ]


def _body_lines(body: Any) -> list[str]:
    if isinstance(body, list) and body and isinstance(body[0], tuple):
        return [repr(part) for part in body]
    return [json.dumps(body, sort_keys=True) if not isinstance(body, bytes) else repr(body)]


def multipart_parts(
    content_type: str, body: bytes
) -> list[tuple[str, str | None, str | None, Any]]:
    """
    Parse a multipart/form-data body into (name, filename, content-type, value) parts, sorted by
    name (parts of the same name keep their order). JSON parts are parsed; other values are text
    when they decode as UTF-8.
    """
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode("ascii")
    parts: list[tuple[str, str | None, str | None, Any]] = []
    for chunk in body.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, value = chunk[2:-2].partition(b"\r\n\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8").split("\r\n"):
            key, _, val = line.partition(":")
            headers[key.strip().lower()] = val.strip()
        disposition = dict(_params(headers["content-disposition"]))
        part_type = headers.get("content-type")
        decoded: Any = value
        if part_type == "application/json":
            decoded = json.loads(value)
        else:
            try:
                decoded = value.decode("utf-8")
            except UnicodeDecodeError:
                decoded = value
        parts.append((disposition["name"], disposition.get("filename"), part_type, decoded))
    return sorted(parts, key=lambda part: part[0])


def _params(header: str) -> list[tuple[str, str]]:
    pairs = []
    for item in header.split(";")[1:]:
        key, _, value = item.strip().partition("=")
        pairs.append((key, value.strip('"')))
    return pairs


def to_wire(request: httpx.Request) -> Wire:
    """Turn a captured request into a Wire."""
    raw = request.read()
    # A body's media type says nothing without a body: the official package sends
    # `Content-Type: application/json` on every bodiless POST and DELETE, we send none.
    content_type = request.headers.get("content-type") if raw else None
    media_type = content_type.split(";", 1)[0].strip() if content_type else None
    body: Any
    if media_type == "multipart/form-data" and content_type is not None:
        body = multipart_parts(content_type, raw)
    elif media_type == "application/json" and raw:
        body = json.loads(raw)
    else:
        body = raw
    query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
    return Wire(
        method=request.method,
        path=request.url.path,
        query=tuple(sorted(query, key=lambda pair: pair[0])),
        accept=request.headers.get("accept"),
        media_type=media_type,
        body=body,
    )


class Recorder:
    """An httpx mock transport that keeps every request and answers `{}`."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={}, headers={"content-type": "application/json"})

    def http_client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handler))

    def one(self, call: Callable[[], Any]) -> Wire:
        """Run `call` (its answer may fail to parse: `{}` fits few models) and return its request."""
        before = len(self.requests)
        try:
            call()
        except Exception as exc:
            if len(self.requests) == before:
                raise AssertionError(f"the call sent nothing: {exc!r}") from exc
        assert len(self.requests) == before + 1, "expected exactly one request"
        return to_wire(self.requests[-1])
