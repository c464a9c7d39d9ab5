"""
Sans-IO core of the project's HTTP/1.1 transport, shared by the sync and async shells.

Nothing here touches a socket: per-request budgets (timeouts, deadline, cancellation), the
translation between httpx requests/responses and h11 events, error mapping and the failure
classification. The pool's bookkeeping is in `pool.py`, request heads in `head.py`, body
decoding in `decoding.py`, where a request goes and how (origin, TLS, proxy) in `network.py`
and `proxy.py`; the shells are
`sync_transport.py` (with `sync_connection.py`) and `async_transport.py` (with
`async_connection.py`), which take the same steps in the same order.
"""

from __future__ import annotations

import re
import sys
import time
from typing import TYPE_CHECKING, Any, Literal

import h11
import httpx

from .._cancel import CancellationToken
from .._exceptions import RequestCancelledError
from .decoding import Decoder, decoder_for

if TYPE_CHECKING:
    from .proxy import Proxy

__all__ = [
    "MAX_HEAD_SIZE",
    "READ_SIZE",
    "UNSET",
    "H11Next",
    "Phase",
    "PoolKey",
    "RequestBudget",
    "StaleConnection",
    "body_decoder",
    "body_piece",
    "drain_chunks",
    "failure",
    "feed_at_most",
    "finish_cycle",
    "gather_body",
    "last_piece",
    "make_response",
    "map_error",
    "new_h11",
    "response_head",
]

PoolKey = tuple[bytes, bytes, int, "Proxy | None"]
"""(scheme, host, port, proxy) of an origin and the proxy that reaches it (None: direct);
connections are pooled per key."""

Phase = Literal["connect", "read", "write", "pool"]

H11Next = h11.Event | type[h11.NEED_DATA] | type[h11.PAUSED]
"""What `h11.Connection.next_event()` returns."""

READ_SIZE = 65536
"""Bytes asked of the socket per read: large enough that a body rarely needs many reads."""


class Unset:
    """Type of UNSET: an argument not given (None is a real timeout: none)."""


UNSET = Unset()

MAX_HEAD_SIZE = 100 * 1024
"""Largest response head accepted (httpx's limit; h11's own default is 16 KiB)."""


def new_h11() -> h11.Connection:
    """The h11 state of a new client connection, accepting response heads up to 100 KiB."""
    return h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD_SIZE)


_TIMEOUT_CLASSES: dict[str, type[httpx.TimeoutException]] = {
    "connect": httpx.ConnectTimeout,
    "read": httpx.ReadTimeout,
    "write": httpx.WriteTimeout,
    "pool": httpx.PoolTimeout,
}
_NETWORK_CLASSES: dict[str, type[httpx.TransportError]] = {
    "connect": httpx.ConnectError,
    "read": httpx.ReadError,
    "write": httpx.WriteError,
    "pool": httpx.ConnectError,
}


class StaleConnection(Exception):
    """A reused connection died before any of the response arrived: safe to retry once."""

    def __init__(self, error: Exception, body_pulled: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.body_pulled = body_pulled

    def may_retry(self, streamed_body: bool) -> bool:
        """Whether the request can be sent again: a body stream cannot be pulled twice."""
        return not (streamed_body and self.body_pulled)


def failure(
    exc: Exception,
    phase: Phase,
    budget: RequestBudget,
    reused: bool,
    received: bool,
    body_pulled: bool,
) -> Exception:
    """
    The exception for an exchange that failed in `phase` before its response head arrived.

    A connection taken from the pool that failed before any byte of the answer came back was
    most likely closed by the server while idle: StaleConnection, which the shells retry once
    on a fresh connection. Timeouts and cancellations are never stale.
    """
    error = map_error(exc, phase, budget)
    if (
        reused
        and not received
        and not isinstance(error, (httpx.TimeoutException, RequestCancelledError))
    ):
        return StaleConnection(error, body_pulled)
    return error


class RequestBudget:
    """
    The limits one request runs under: httpx's per-phase timeouts, an optional whole-request
    deadline (`openai_core.deadline`, a `time.monotonic()` value) and an optional
    `CancellationToken` (`openai_core.cancel`).
    """

    __slots__ = ("connect", "deadline", "pool", "read", "request", "token", "via", "write")

    def __init__(self, request: httpx.Request) -> None:
        extensions = request.extensions
        timeouts = extensions.get("timeout")
        if timeouts:
            self.connect: float | None = timeouts.get("connect")
            self.read: float | None = timeouts.get("read")
            self.write: float | None = timeouts.get("write")
            self.pool: float | None = timeouts.get("pool")
        else:
            self.connect = self.read = self.write = self.pool = None
        deadline = extensions.get("openai_core.deadline")
        self.deadline: float | None = (
            float(deadline)
            if isinstance(deadline, (int, float)) and not isinstance(deadline, bool)
            else None
        )
        token = extensions.get("openai_core.cancel")
        self.token: CancellationToken | None = (
            token if isinstance(token, CancellationToken) else None
        )
        self.request = request
        self.via: Proxy | None = None  # the proxy the request goes through, for messages

    def limit(self, timeout: float | None) -> float | None:
        """
        Return the timeout for one socket operation: `timeout` cut down to the deadline.

        Raises:
            httpx.ReadTimeout: the deadline has already passed.
        """
        deadline = self.deadline
        if deadline is None:
            return timeout
        remaining = deadline - time.monotonic()
        if remaining <= 0.0:
            raise self.deadline_error()
        return remaining if timeout is None or remaining < timeout else timeout

    def deadline_error(self) -> httpx.ReadTimeout:
        """The error for a request that ran past its whole-request deadline."""
        return httpx.ReadTimeout(
            "The request did not complete before its deadline (the whole-request timeout); "
            "raise the timeout if the server needs longer.",
            request=self.request,
        )

    def timeout_error(self, phase: Phase) -> httpx.TimeoutException:
        """The error for a socket operation of `phase` that timed out."""
        if self.deadline is not None and time.monotonic() >= self.deadline:
            return self.deadline_error()
        limit = getattr(self, phase)
        return _TIMEOUT_CLASSES[phase](
            f"Timed out after {limit!r} s waiting to {_PHASE_VERBS[phase]}; "
            f"raise the {phase} timeout if the server needs longer.",
            request=self.request,
        )

    def raise_if_cancelled(self) -> None:
        """Raise RequestCancelledError if the request's token was cancelled."""
        token = self.token
        if token is not None and token.cancelled:
            raise RequestCancelledError()


_PHASE_VERBS = {
    "connect": "connect",
    "read": "read from the server",
    "write": "write to the server",
    "pool": "get a connection from the pool",
}


def _is_timeout(exc: BaseException) -> bool:
    if isinstance(exc, TimeoutError):
        return True
    # Before Python 3.11 asyncio has a TimeoutError of its own; looked up rather than imported
    # so that the sync transport does not load asyncio.
    asyncio = sys.modules.get("asyncio")
    return asyncio is not None and isinstance(exc, asyncio.TimeoutError)


def map_error(exc: BaseException, phase: Phase, budget: RequestBudget) -> Exception:
    """
    Translate an error raised during `phase` into the exception the caller should see.

    A cancelled token wins over everything (the abort itself shows up as a reset or EOF);
    httpx errors pass through; socket, TLS and h11 errors become httpx errors.
    """
    if budget.token is not None and budget.token.cancelled:
        return RequestCancelledError()
    if isinstance(exc, (httpx.HTTPError, RequestCancelledError)):
        return exc
    if _is_timeout(exc):
        return budget.timeout_error(phase)
    if isinstance(exc, h11.RemoteProtocolError):
        return httpx.RemoteProtocolError(
            f"The server broke the HTTP/1.1 protocol: {exc}", request=budget.request
        )
    if isinstance(exc, h11.LocalProtocolError):
        return httpx.LocalProtocolError(
            f"The request cannot be sent as HTTP/1.1: {exc}", request=budget.request
        )
    if isinstance(exc, OSError):
        detail = str(exc) or type(exc).__name__
        if phase == "connect":
            url = budget.request.url
            target = f"{url.scheme}://{url.netloc.decode('ascii')}"
            if budget.via is not None:
                target = f"{target} through the proxy {budget.via.shown}"
            message = f"Could not connect to {target}: {detail}"
        else:
            message = f"Connection failed while trying to {_PHASE_VERBS[phase]}: {detail}"
        return _NETWORK_CLASSES[phase](message, request=budget.request)
    if isinstance(exc, Exception):
        return exc
    raise TypeError(f"expected an Exception to map, received {exc!r}")


def response_head(event: H11Next) -> h11.Response | None:
    """
    Return the final response head, or None for an informational (1xx) one to skip.

    Raises:
        httpx.RemoteProtocolError: the server closed the connection instead of answering.
    """
    if type(event) is h11.Response:
        return event
    if type(event) is h11.InformationalResponse:
        return None
    raise httpx.RemoteProtocolError(
        "The server closed the connection without sending a response "
        f"(expected a status line, received {type(event).__name__}); the request may be retried."
    )


def body_piece(event: H11Next) -> bytes | None:
    """
    Return the bytes of a body event, or None at the end of the body.

    Raises:
        httpx.RemoteProtocolError: anything other than body data or its end.
    """
    if type(event) is h11.Data:
        return bytes(event.data)
    if type(event) is h11.EndOfMessage:
        return None
    raise httpx.RemoteProtocolError(
        f"expected response body data, received {type(event).__name__}; "
        "the server ended the connection mid-response."
    )


Stop = H11Next | Exception | None
"""What ended `gather_body`: the next event, a protocol error, or None (h11 needs more bytes)."""


def gather_body(connection: h11.Connection, first: bytes) -> tuple[bytes, Stop]:
    """
    Join `first` with the data of every body event h11 can produce from the bytes it holds.

    A server that flushes per event (SSE) sends many small HTTP chunks and one socket read
    brings several: handing them over joined spares every layer above its per-piece cost.

    Returns:
        The joined bytes, and what stopped the gathering: None when h11 needs more bytes, else
        the next event (usually EndOfMessage) or the protocol error h11 raised, for the caller
        to process after these bytes were delivered (see `next_after`).
    """
    parts: list[bytes | bytearray] | None = None
    try:
        while True:
            drained = drain_chunks(connection)
            if drained:
                if parts is None:
                    parts = [first]
                parts.extend(drained)
            event = connection.next_event()
            if type(event) is not h11.Data:
                break
            if parts is None:
                parts = [first]
            parts.append(event.data)
    except h11.RemoteProtocolError as exc:
        return (first if parts is None else b"".join(parts)), exc
    stop = None if event is h11.NEED_DATA else event
    return (first if parts is None else b"".join(parts)), stop


_CHUNK_HEADER = re.compile(rb"([0-9A-Fa-f]{1,15})\r\n")
_CHUNKED_READER: Any = getattr(getattr(h11, "_readers", None), "ChunkedReader", None)


def drain_chunks(connection: h11.Connection) -> list[bytearray] | None:
    """
    Take the data of every complete, plain HTTP chunk h11 holds, without an event per chunk.

    h11 makes one `Data` event, with a state-machine step, per HTTP chunk; a server that flushes
    per SSE event sends one chunk per event, so that cost was the largest per-chunk one of a
    stream. When h11 is between two chunks of a chunked body (its reader has no chunk half
    read), the complete chunks at the front of its receive buffer are cut here with one regex
    match and a slice each, and removed from the buffer: h11 is left exactly where its own reader would have
    been after them. Anything else (the last chunk, chunk extensions, a malformed header or
    footer, a chunk not fully received) is left to h11, which reads or rejects it as before.

    Returns:
        The chunks' data (bytearrays, as h11 gives), or None when there was none to take.
    """
    reader: Any = getattr(connection, "_reader", None)
    if _CHUNKED_READER is None or type(reader) is not _CHUNKED_READER:
        return None
    if reader._bytes_in_chunk or reader._reading_trailer:
        return None
    buffer: Any = getattr(connection, "_receive_buffer", None)
    data = getattr(buffer, "_data", None)
    if type(data) is not bytearray:
        return None
    pos = 0
    discard = reader._bytes_to_discard
    if discard:
        if discard != b"\r\n" or data[:2] != b"\r\n":
            return None  # a footer split across reads: h11 checks it
        pos = 2
    end_of_data = len(data)
    parts: list[bytearray] = []
    match = _CHUNK_HEADER.match
    while True:
        header = match(data, pos)
        if header is None:
            break
        size = int(header[1], 16)
        start = header.end()
        stop = start + size
        if size == 0 or stop + 2 > end_of_data or data[stop : stop + 2] != b"\r\n":
            break
        parts.append(data[start:stop])  # one copy; gather_body joins them
        pos = stop + 2
    if not pos:
        return None
    del data[:pos]
    buffer._next_line_search = 0
    buffer._multiple_lines_search = 0
    reader._bytes_to_discard = b""
    return parts


def feed_at_most(
    connection: h11.Connection, chunks: list[bytes | bytearray | memoryview], limit: int
) -> int:
    """
    Hand h11 at most `limit` bytes from the front of `chunks`, removing what was handed over.

    A chunk larger than what is left of `limit` is split; its rest stays first in `chunks` as a
    slice of a memoryview (no copy). Returns the number of bytes handed over. (h11 appends what
    it receives to a bytearray: any bytes-like object does, whatever its annotation says.)
    """
    fed = 0
    taken = 0
    for chunk in chunks:
        room = limit - fed
        if len(chunk) > room:
            if room:
                view = memoryview(chunk)
                connection.receive_data(view[:room])  # type: ignore[arg-type]
                chunks[taken] = view[room:]
                fed = limit
            break
        connection.receive_data(chunk)  # type: ignore[arg-type]
        fed += len(chunk)
        taken += 1
    del chunks[:taken]
    return fed


def next_after(stop: Stop) -> H11Next:
    """
    Return the event `gather_body` stopped at, raising the error it stopped at.

    Raises:
        h11.RemoteProtocolError: h11 found the body malformed.
    """
    if isinstance(stop, Exception):
        raise stop
    assert stop is not None
    return stop


def finish_cycle(connection: h11.Connection) -> bool:
    """After a complete response: ready `connection` for the next request if it can be reused."""
    if connection.our_state is h11.DONE and connection.their_state is h11.DONE:
        # Bytes after the end of the response were not asked for: the stream is out of step.
        if connection.trailing_data[0]:
            return False
        connection.start_next_cycle()
        return True
    return False


def body_decoder(head: h11.Response) -> Decoder | None:
    """The decoder of the response body's Content-Encoding, or None to hand it over as it is."""
    encodings = [value for name, value in head.headers if name == b"content-encoding"]
    return decoder_for(encodings) if encodings else None


def last_piece(piece: bytes | None, decoder: Decoder | None) -> bytes:
    """
    The bytes to hand over for the last piece of a body (None: the body ended with no more).

    Raises:
        httpx.DecodingError: The encoded body is corrupt or truncated.
    """
    if decoder is None:
        return piece or b""
    return (decoder.decode(piece) if piece else b"") + decoder.flush()


def make_response(
    head: h11.Response,
    stream: httpx.SyncByteStream | httpx.AsyncByteStream,
    decoded: bool = False,
) -> httpx.Response:
    """
    Wrap a response head and its body stream as an httpx.Response.

    With `decoded`, the stream hands over the decoded body: the Content-Encoding and
    Content-Length headers, which describe the encoded one, are left out.
    """
    headers = head.headers.raw_items()
    if decoded:
        headers = [
            (name, value)
            for name, value in headers
            if name.lower() not in (b"content-encoding", b"content-length")
        ]
    return httpx.Response(
        head.status_code,
        headers=headers,
        stream=stream,
        extensions={
            "http_version": b"HTTP/" + head.http_version,
            "reason_phrase": head.reason,
        },
    )
