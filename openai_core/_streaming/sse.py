"""
Server-sent events: a pure, byte-level decoder for `text/event-stream` bodies.

The framing follows the WHATWG HTML standard, section 9.2 "Server-sent events", "Parsing an event
stream" and "Interpreting an event stream":

- The stream is UTF-8; one leading BOM is dropped. Lines end with CRLF, LF or CR. A CR that ends one
  network chunk and an LF that starts the next are ONE line end, so the decoder remembers the CR.
- An empty line dispatches the event being built. A line starting with ':' is a comment.
- `field: value` sets a field; one space after the colon is dropped; a line without a colon is a
  field with an empty value. Unknown fields are ignored.
- `data` lines are joined with "\\n"; an event without any `data` line is not dispatched.
- `event` names the event type (None here when absent, where browsers would say "message").
- `id` sets the last event id, which persists across events; a value containing NUL is ignored.
- `retry` is taken only when it is ASCII digits.
- At the end of the body an event that was not closed by an empty line is discarded.

Decoding from bytes (not per network chunk) keeps a UTF-8 character that is split across chunks
intact: line ends are ASCII, so every complete line is a complete UTF-8 sequence.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_sse", "iter_sse"]

_BOM = b"\xef\xbb\xbf"


class ServerSentEvent:
    """One dispatched event: its type (None when the stream gave none), data, last id and retry."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self,
        data: str = "",
        event: str | None = None,
        id: str | None = None,
        retry: int | None = None,
    ) -> None:
        self.data = data
        self.event = event
        self.id = id
        self.retry = retry

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.data, self.event, self.id, self.retry) == (
            other.data,
            other.event,
            other.id,
            other.retry,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable value object

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, "
            f"retry={self.retry!r})"
        )


class SSEDecoder:
    """
    Turn the bytes of an event-stream body, in network chunks of any size, into events.

    Does no I/O: call `feed(chunk)` for every chunk as it arrives and `end()` once the body is over.
    """

    __slots__ = ("_data", "_event", "_head", "_idle", "_last_id", "_parts", "_retry", "_skip_lf")

    def __init__(self) -> None:
        self._parts: list[bytes] = []  # bytes of the line not yet ended
        self._data: list[str] = []
        self._event: str | None = None
        self._retry: int | None = None
        self._last_id: str | None = None
        self._skip_lf = False  # the previous chunk ended with CR: a leading LF belongs to it
        self._head: bytes | None = b""  # bytes seen before the BOM check; None once it is done
        # True when no event is half-built (an unfinished line may be pending), so bytes made
        # only of one-line `data:` events can skip the general line loop (the common case for
        # chat streams, see PERF-NOTES).
        self._idle = False

    @property
    def last_event_id(self) -> str | None:
        """The last event id the stream set, or None."""
        return self._last_id

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """
        Decode one network chunk.

        Args:
            chunk: The next bytes of the body, exactly as received.

        Returns:
            The events this chunk completed, in order (often none or one).
        """
        datas = self.plain_data(chunk)
        if datas is not None:
            last_id = self._last_id
            return [ServerSentEvent(data, None, last_id) for data in datas]
        if not chunk:
            return []
        if self._head is not None:
            chunk = self._strip_bom(chunk)
            if not chunk:
                return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        if b"\n" not in chunk and b"\r" not in chunk:
            self._parts.append(chunk)
            return []
        return self._feed_lines(chunk)

    def plain_data(self, chunk: bytes) -> list[str] | None:
        """
        Decode `chunk` at once if it completes only one-line `data: ...` events.

        This is the fast path for chat streams: the bytes pending from earlier chunks plus
        `chunk` must be whole one-line `data: ` events, optionally followed by the start of a
        line, which is kept for the next chunk. When it returns None nothing was consumed and
        `feed` must be called. When it returns data, the events are consumed: they have no type,
        and their id is `last_event_id`.

        Returns:
            The data of each completed event (possibly none), or None when the bytes need the
            general decoder.
        """
        if not self._idle or b"\r" in chunk:
            return None
        parts = self._parts
        text = b"".join((*parts, chunk)) if parts else chunk
        cut = text.rfind(b"\n\n")
        if cut < 0:
            if b"\n" in chunk:
                return None
            parts.append(chunk)  # an unfinished line: nothing to decode yet
            return []
        rest = text[cut + 2 :]
        if b"\n" in rest:
            return None
        pieces = text[:cut].split(b"\n\n")
        for piece in pieces:
            # Each piece must be one `data: ` line: no other field, comment, blank line or CR.
            if not piece.startswith(b"data: ") or b"\n" in piece:
                return None
        self._parts = [rest] if rest else []
        return [piece[6:].decode("utf-8", "replace") for piece in pieces]

    def end(self) -> list[ServerSentEvent]:
        """
        Signal the end of the body.

        Returns:
            Always an empty list: per the standard, an event not closed by an empty line is
            discarded. Returned as a list so callers can treat it like `feed`.
        """
        self._parts = []
        self._data = []
        self._event = None
        self._idle = False
        return []

    def _strip_bom(self, chunk: bytes) -> bytes:
        head = self._head + chunk if self._head else chunk
        if len(head) < len(_BOM) and _BOM.startswith(head):
            self._head = head  # could still become a BOM: wait for more bytes
            return b""
        self._head = None
        self._idle = True
        return head[len(_BOM) :] if head.startswith(_BOM) else head

    def _feed_lines(self, chunk: bytes) -> list[ServerSentEvent]:
        if self._parts:
            self._parts.append(chunk)
            chunk = b"".join(self._parts)
        if b"\r" in chunk:
            if chunk[-1:] == b"\r":
                self._skip_lf = True
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        cut = chunk.rfind(b"\n")
        rest = chunk[cut + 1 :]
        self._parts = [rest] if rest else []
        events: list[ServerSentEvent] = []
        for line in chunk[:cut].decode("utf-8", "replace").split("\n"):
            if not line:
                if self._data:
                    events.append(self._dispatch())
                else:
                    self._event = None
            elif line[0] != ":":
                self._field(line)
        self._idle = (
            not (self._data or self._skip_lf) and self._event is None and self._retry is None
        )
        return events

    def _field(self, line: str) -> None:
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)

    def _dispatch(self) -> ServerSentEvent:
        event = ServerSentEvent("\n".join(self._data), self._event, self._last_id, self._retry)
        self._data = []
        self._event = None
        self._retry = None
        return event


def iter_sse(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """
    Decode an event-stream body given as network chunks (e.g. `httpx.Response.iter_raw()`).

    Args:
        chunks: The body's bytes, in pieces of any size.

    Yields:
        Each event as soon as its closing empty line arrives.
    """
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.end()


async def aiter_sse(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """
    Decode an event-stream body given as async network chunks (e.g. `aiter_raw()`).

    Args:
        chunks: The body's bytes, in pieces of any size.

    Yields:
        Each event as soon as its closing empty line arrives.
    """
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.end():
        yield event
