"""
The request side of the HTTP/1.1 transport (sans-IO): the request head is written here, h11
only keeps the connection's state.

h11's own serializer validates every header with two regular expressions and builds its header
list again, about a seventh of a small call's CPU. So the head bytes are written directly, after
one check of all names and one of all values, and h11 is sent a Request event carrying only the
headers its state machine reads (Host, framing, Connection, Expect, Upgrade) with the same
values: it then frames the body and knows when the exchange is over and whether the connection
may be reused, exactly as if it had written the head. Responses are still parsed by h11.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import h11
import httpx

from .decoding import ACCEPT_ENCODING
from .sansio import READ_SIZE

if TYPE_CHECKING:
    from .proxy import Proxy

__all__ = ["RequestHead", "request_bytes", "request_head"]

_STATE_HEADERS = frozenset(
    {b"host", b"content-length", b"transfer-encoding", b"connection", b"expect", b"upgrade"}
)
# Checked on all names (all values) at once, joined by LF (see `_all_match`): names must be
# RFC 9110 tokens; values must hold no control character but tab, since a CR or LF in a value
# could smuggle in another header or a whole request.
_TOKENS = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+(?:\n[!#$%&'*+\-.^_`|~0-9A-Za-z]+)*")
_VALUES = re.compile(rb"[^\x00-\x08\x0b-\x1f\x7f]*")
_TARGET = re.compile(rb"[\x21-\x7e\x80-\xff]+")


def _all_match(pattern: re.Pattern[bytes], items: list[bytes]) -> bool:
    """Whether every item matches, checked in one regex call over the LF-joined items."""
    joined = b"\n".join(items)
    # An LF inside an item would pass for a separator: the count tells them apart.
    return joined.count(b"\n") == len(items) - 1 and pattern.fullmatch(joined) is not None


class RequestHead:
    """What goes on the wire before the body, and the h11 event that tells h11 it went."""

    __slots__ = ("data", "event")

    def __init__(self, data: bytes, event: h11.Request) -> None:
        self.data = data
        self.event = event


def request_head(
    request: httpx.Request, via: Proxy | None = None
) -> tuple[RequestHead, bytes | None]:
    """
    Write the head of `request` and collect its body when it is known bytes.

    A plain-http request through the proxy `via` is forwarded: its target is the absolute URL
    and the proxy's credentials go along as Proxy-Authorization (https goes through a tunnel,
    whose requests look as if sent directly).

    Returns:
        The head, and the whole body when it is known bytes (None: stream `request.stream`,
        framed by the Content-Length or chunked encoding the head declares).

    Raises:
        h11.LocalProtocolError: a header name, value, the method or the target cannot be sent.
    """
    headers = request.headers.raw
    framed = False
    accepts = False
    for name, _ in headers:
        lowered = name.lower()
        if lowered == b"content-length" or lowered == b"transfer-encoding":
            framed = True
        elif lowered == b"accept-encoding":
            accepts = True
    if not accepts:
        # The codings the response stream decodes (see `decoding`).
        headers.append((b"Accept-Encoding", ACCEPT_ENCODING))
    stream = request.stream
    body: bytes | None = None
    if isinstance(stream, httpx.ByteStream):
        body = b"".join(stream)
        if not framed and body:
            headers.append((b"Content-Length", str(len(body)).encode("ascii")))
    elif not framed:
        headers.append((b"Transfer-Encoding", b"chunked"))
    method = request.method.encode("ascii")
    url = request.url
    target = url.raw_path
    if via is not None and url.raw_scheme == b"http":
        target = b"http://" + url.netloc + target
        if via.authorization is not None:
            headers.append((b"Proxy-Authorization", via.authorization))
    names = [method, *(name for name, _ in headers)]
    if not (_all_match(_TOKENS, names) and _TARGET.fullmatch(target)):
        raise h11.LocalProtocolError(
            f"expected a token method, token header names and a target without spaces, "
            f"received {request.method!r}, {[name for name, _ in headers]!r} and {target!r}"
        )
    if not _all_match(_VALUES, [value for _, value in headers]):
        # Names only: a value may be a secret.
        bad = [name for name, value in headers if not _all_match(_VALUES, [value])]
        raise h11.LocalProtocolError(
            f"expected header values without control characters (CR, LF, NUL...); the values "
            f"of {bad!r} have some. Remove them from the headers you pass."
        )
    # Host first, as RFC 9112 (3.2) asks and as h11 writes it; the rest in the given order.
    host: list[bytes] = []
    lines: list[bytes] = []
    state: list[tuple[bytes, bytes]] = []
    for name, value in headers:
        lowered = name.lower()
        if lowered in _STATE_HEADERS:
            state.append((name, value))
            if lowered == b"host":
                host += (name, b": ", value, b"\r\n")
                continue
        lines += (name, b": ", value, b"\r\n")
    data = b"".join([method, b" ", target, b" HTTP/1.1\r\n", *host, *lines, b"\r\n"])
    event = h11.Request(method=method, target=target, headers=state)
    return RequestHead(data, event), body


def request_bytes(connection: h11.Connection, head: RequestHead, body: bytes | None) -> list[bytes]:
    """
    Return what to write for the head and, when it is known bytes, the whole body.

    The head event goes through `connection.send` so that h11 moves to sending the body; what h11
    writes for it is dropped for `head.data`. A small request goes out in one write (one system
    call, one TCP segment); a large body is not copied just to join it to the head. With `body`
    None only the head is returned: the caller then writes each stream chunk through
    `connection.send(h11.Data(...))` and ends with `h11.EndOfMessage()`.
    """
    connection.send(head.event)
    if body is None:
        return [head.data]
    parts = [head.data]
    if body:
        piece = connection.send(h11.Data(data=body))
        assert piece is not None
        parts.append(piece)
    end = connection.send(h11.EndOfMessage())
    assert end is not None
    parts.append(end)
    if len(body) <= READ_SIZE:
        return [b"".join(parts)]
    return parts
