"""
Values exchanged with the fake provider: what it received (FakeRequest) and what it answers
(FakeReply), plus the plan that turns a reply body into timed writes and faults.

The plan is the only place that knows how delays, trickling and faults unfold over time; the httpx
transports and the HTTP server only carry out its steps, each with its own kind of I/O.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FakeReply",
    "FakeRequest",
    "HeadersInput",
    "Reset",
    "Send",
    "Sleep",
    "Stall",
    "body_plan",
    "error_body",
    "framing",
    "has_own_framing",
    "normalize_headers",
    "sse_data",
]

HeadersInput = Mapping[str, str] | Sequence[tuple[str, str]] | None


@dataclass(frozen=True)
class FakeRequest:
    """
    One request as the fake provider received it.

    Attributes:
        method: Upper-case HTTP method.
        path: The routed path, still percent-encoded, with the API prefix (``/v1``, an Azure
            ``/openai/deployments/<name>``, ...) removed, e.g. ``/chat/completions``.
        query: Query parameters; when a name repeats, the last value wins.
        headers: Header names in lower case; repeated headers are joined with ``", "``.
        body: The raw request body (chunked bodies already decoded).
        json: The body parsed as JSON, or None when it is empty or not JSON.
        raw_path: The full path as sent, prefix included, without the query string.
        deployment: The Azure deployment named in the path, if any.
        connection_id: Which connection carried the request (the HTTP server numbers them from
            1); None for the in-process transports.
    """

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    json: Any = None
    raw_path: str = ""
    deployment: str | None = None
    connection_id: int | None = None

    @property
    def is_stream(self) -> bool:
        """Whether the JSON body asks for a streamed answer (``"stream": true``)."""
        return isinstance(self.json, dict) and self.json.get("stream") is True


@dataclass(frozen=True)
class FakeReply:
    """
    What the fake provider answers, including how it misbehaves.

    A reply has either a whole ``body`` (sent with ``Content-Length``) or a list of ``chunks``
    (sent one by one, chunked on the HTTP server). Faults apply to both; a whole body counts as
    one chunk.

    Attributes:
        status: HTTP status code.
        headers: Headers sent as given. If they contain ``content-length`` or
            ``transfer-encoding``, the server adds no framing headers of its own and writes the
            body raw, which lets a test send a body that lies about its length.
        body: The whole body, used when ``chunks`` is None.
        chunks: The body as separate pieces, each written (and flushed) on its own.
        delay: Seconds to wait before sending the status line and headers.
        chunk_delay: Seconds to wait before each chunk after the first.
        reset_before_headers: Drop the connection (TCP reset) instead of answering.
        reset_after_headers: Send the headers, then drop the connection.
        reset_after_chunks: Send this many chunks, then drop the connection.
        stall_after_chunks: Send this many chunks, then send nothing more until the server stops
            or the client goes away (bounded by the provider's ``stall_timeout``).
        trickle: When set, send the body one byte at a time, this many seconds apart.
    """

    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    chunks: tuple[bytes, ...] | None = None
    delay: float = 0.0
    chunk_delay: float = 0.0
    reset_before_headers: bool = False
    reset_after_headers: bool = False
    reset_after_chunks: int | None = None
    stall_after_chunks: int | None = None
    trickle: float | None = None

    def __post_init__(self) -> None:
        """Accept a mapping for ``headers`` and any iterable for ``chunks``."""
        object.__setattr__(self, "headers", normalize_headers(self.headers))
        if self.chunks is not None:
            object.__setattr__(self, "chunks", tuple(self.chunks))

    @property
    def is_stream(self) -> bool:
        """Whether the body is sent as separate chunks rather than with a Content-Length."""
        return self.chunks is not None

    def header(self, name: str) -> str | None:
        """
        Return the first header with this name (case-insensitive), or None.

        Args:
            name: The header name.
        """
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @classmethod
    def from_json(cls, body: Any, status: int = 200, headers: HeadersInput = None) -> FakeReply:
        """
        Build a reply whose body is ``body`` serialized as JSON.

        Args:
            body: Any JSON-serializable value.
            status: HTTP status code.
            headers: Extra headers; ``content-type`` defaults to ``application/json``.
        """
        data = json.dumps(body, separators=(",", ":")).encode()
        return cls(
            status=status, headers=_with_default_type(headers, "application/json"), body=data
        )

    @classmethod
    def from_bytes(
        cls, data: bytes, content_type: str, status: int = 200, headers: HeadersInput = None
    ) -> FakeReply:
        """
        Build a reply carrying raw bytes.

        Args:
            data: The body.
            content_type: Value of the ``content-type`` header.
            status: HTTP status code.
            headers: Extra headers.
        """
        return cls(status=status, headers=_with_default_type(headers, content_type), body=data)

    @classmethod
    def from_sse(
        cls, chunks: Iterable[bytes], status: int = 200, headers: HeadersInput = None
    ) -> FakeReply:
        """
        Build a streamed ``text/event-stream`` reply from raw chunks sent exactly as given.

        Args:
            chunks: The body pieces, e.g. ``[b'data: {"a":1}\\n\\n', b"data: [DONE]\\n\\n"]``.
            status: HTTP status code.
            headers: Extra headers; ``content-type`` defaults to ``text/event-stream``.
        """
        return cls(
            status=status,
            headers=_with_default_type(headers, "text/event-stream; charset=utf-8"),
            chunks=tuple(chunks),
        )

    @classmethod
    def from_error(
        cls,
        status: int,
        message: str = "The fake provider was told to fail this request.",
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        headers: HeadersInput = None,
        body: Any = None,
    ) -> FakeReply:
        """
        Build an error reply in the OpenAI shape ``{"error": {...}}`` (or with ``body`` as is).

        Args:
            status: HTTP status code.
            message: Human-readable message.
            type: Error type; defaults to one that fits the status.
            code: Machine-readable error code.
            param: The request parameter at fault.
            headers: Extra headers (e.g. ``retry-after``).
            body: A JSON value to send instead of the OpenAI shape.
        """
        payload = body if body is not None else error_body(status, message, type, code, param)
        return cls.from_json(payload, status=status, headers=headers)


def error_body(
    status: int,
    message: str,
    type: str | None = None,
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    """
    Return the OpenAI error shape for a status.

    Args:
        status: HTTP status code, used to pick a default ``type``.
        message: Human-readable message.
        type: Error type, or None for the usual one for ``status``.
        code: Machine-readable error code.
        param: The request parameter at fault.
    """
    kind = type if type is not None else _DEFAULT_ERROR_TYPES.get(status, "api_error")
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


_DEFAULT_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_error",
    404: "invalid_request_error",
    409: "conflict_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}


def sse_data(value: Any) -> bytes:
    """
    Frame one value as a server-sent event: ``data: <json>`` and a blank line.

    Args:
        value: A JSON-serializable value, or a str sent verbatim (for ``[DONE]``).
    """
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    return b"data: " + text.encode() + b"\n\n"


def normalize_headers(headers: HeadersInput) -> tuple[tuple[str, str], ...]:
    """
    Turn a mapping or a list of pairs into a tuple of pairs (order and repeats kept).

    Args:
        headers: A mapping, a sequence of (name, value) pairs, or None.
    """
    if headers is None:
        return ()
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return tuple((str(name), str(value)) for name, value in pairs)


def _with_default_type(headers: HeadersInput, content_type: str) -> tuple[tuple[str, str], ...]:
    pairs = normalize_headers(headers)
    if any(name.lower() == "content-type" for name, _ in pairs):
        return pairs
    return (("content-type", content_type), *pairs)


def has_own_framing(reply: FakeReply) -> bool:
    """Whether the reply's headers already say how its body is framed (length or encoding)."""
    return any(name.lower() in ("content-length", "transfer-encoding") for name, _ in reply.headers)


def framing(reply: FakeReply) -> tuple[list[tuple[str, str]], bool]:
    """
    Return the headers to send for a reply and whether its body gets chunked framing.

    Headers that already say how the body is framed are sent as they are, with a raw body.

    Args:
        reply: The reply to send.
    """
    headers = list(reply.headers)
    if has_own_framing(reply):
        return headers, False
    if reply.is_stream:
        return [*headers, ("transfer-encoding", "chunked")], True
    return [*headers, ("content-length", str(len(reply.body)))], False


@dataclass(frozen=True)
class Sleep:
    """Wait this many seconds before the next step."""

    seconds: float


@dataclass(frozen=True)
class Send:
    """Write these bytes (one HTTP chunk on a chunked response) and flush."""

    data: bytes


@dataclass(frozen=True)
class Reset:
    """Drop the connection abruptly."""


@dataclass(frozen=True)
class Stall:
    """Send nothing more until the server stops or the client leaves."""


Step = Sleep | Send | Reset | Stall


def body_plan(reply: FakeReply) -> Iterator[Step]:
    """
    Yield the steps that send a reply's body, after its headers went out.

    Args:
        reply: The reply to send.
    """
    if reply.reset_after_headers:
        yield Reset()
        return
    chunks = reply.chunks if reply.chunks is not None else ((reply.body,) if reply.body else ())
    for index, chunk in enumerate(chunks):
        if index == reply.reset_after_chunks:
            yield Reset()
            return
        if index == reply.stall_after_chunks:
            yield Stall()
            return
        if index and reply.chunk_delay:
            yield Sleep(reply.chunk_delay)
        yield from _send_chunk(chunk, reply.trickle, is_first=index == 0)
    if reply.reset_after_chunks is not None and reply.reset_after_chunks >= len(chunks):
        yield Reset()
    elif reply.stall_after_chunks is not None and reply.stall_after_chunks >= len(chunks):
        yield Stall()


def _send_chunk(chunk: bytes, trickle: float | None, *, is_first: bool) -> Iterator[Step]:
    if trickle is None:
        yield Send(chunk)
        return
    for index in range(len(chunk)):
        if trickle and not (is_first and index == 0):
            yield Sleep(trickle)
        yield Send(chunk[index : index + 1])
