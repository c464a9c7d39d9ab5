"""
The I/O half shared by every stream kind (chat, assistants, responses): read an opened streaming
`httpx.Response`, hand each network chunk to a pure state object, yield what it returns, and
release the response exactly once. Sync shell first, async twin after.

A stream kind subclasses a shell and implements `_setup()`, returning its `StreamReader`: the state's
`feed(raw) -> items`, a `finish() -> items` run when the body ends (it raises if the stream ended
early), and a `done()` test that stops reading at once (`[DONE]` must not wait for the body's end).

httpx errors raised while reading become SDK errors (see `TranslateTransportErrors`).

Two rules keep many streams cheap and fair. A large network read (the transport hands over up
to 64 KiB) is fed to the state in pieces of about `PIECE_SIZE` bytes cut at event boundaries, so
a reader that stops after one item holds the parsed items of one piece, not of the whole read. And the async shell yields to the event loop
when it has run for `YIELD_EVERY` seconds without waiting on the network: bytes already buffered
would otherwise let one stream hold the loop for as long as it takes to parse them.
"""

from __future__ import annotations

import inspect
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from .errors import TranslateTransportErrors

if TYPE_CHECKING:
    from typing_extensions import Self


__all__ = [
    "PIECE_SIZE",
    "YIELD_EVERY",
    "AsyncStreamShell",
    "StreamReader",
    "StreamShell",
    "pieces",
    "url_of",
]

PIECE_SIZE = 4096
"""About how many bytes of a network read are parsed before the next item is handed out."""
YIELD_EVERY = 0.010
"""Seconds an async stream may run on buffered bytes before it lets other tasks run."""
_clock = time.perf_counter


def pieces(raw: bytes, size: int = PIECE_SIZE) -> Iterator[bytes]:
    """
    Split `raw` into pieces of at least `size` bytes, each ending after a blank line (`\\n\\n`)
    when there is one, so that every piece but the last holds whole events (the decoder's fast
    path stays on). A read of `size` bytes or less is yielded as it is.
    """
    if len(raw) <= size:
        yield raw
        return
    start, end = 0, len(raw)
    while start < end:
        cut = raw.find(b"\n\n", start + size)
        if cut < 0:
            yield raw[start:] if start else raw
            return
        yield raw[start : cut + 2]
        start = cut + 2


def url_of(response: httpx.Response) -> str | None:
    """Return the URL a response answers, or None for a response built without a request."""
    try:
        return str(response.request.url)
    except RuntimeError:
        return None


class StreamReader:
    """How a shell drives its pure state: feed bytes, finish at the end, stop when done."""

    __slots__ = ("done", "feed", "finish")

    def __init__(
        self,
        feed: Callable[[bytes], list[Any]],
        finish: Callable[[], list[Any]],
        done: Callable[[], bool],
    ) -> None:
        self.feed = feed
        self.finish = finish
        self.done = done


class _ShellBase(ABC):
    def __init__(self, response: httpx.Response, *, on_close: Callable[[], object] | None) -> None:
        self.response = response
        self._on_close = on_close
        self._released = False
        self._guard = TranslateTransportErrors(url_of(response))
        self._reader = self._setup()

    @property
    def request_id(self) -> str | None:
        """The `x-request-id` of the response, if the server sent one."""
        value: str | None = self.response.headers.get("x-request-id")
        return value

    @abstractmethod
    def _setup(self) -> StreamReader:
        """Create the pure state; return how to drive it."""

    def _mark_released(self) -> Any:
        """Mark the response released; return the on_close result (None when already done)."""
        if self._released:
            return None
        self._released = True
        return self._on_close() if self._on_close is not None else None


class StreamShell(_ShellBase):
    """Sync shell: `_source` is the one generator every way of reading shares."""

    def __init__(
        self, response: httpx.Response, *, on_close: Callable[[], object] | None = None
    ) -> None:
        super().__init__(response, on_close=on_close)
        self._source: Generator[Any, None, None] = self._read()

    def close(self) -> None:
        """Stop reading and close the response (releases the connection); idempotent."""
        self._source.close()
        self._release()

    def _drain(self) -> None:
        for _ in self._source:
            pass

    def until_done(self) -> Self:
        """
        Read the rest of the stream without handing out its items, then return the stream (the
        official SDK's name); the stream is closed, and a cut stream raises as iterating would.
        """
        self._drain()
        return self

    def _read(self) -> Generator[Any, None, None]:
        reader = self._reader
        try:
            with self._guard:
                for raw in self.response.iter_raw():
                    for piece in pieces(raw):
                        yield from reader.feed(piece)
                        if reader.done():
                            break
                    if reader.done():
                        break
                yield from reader.finish()
        finally:
            self._release()

    def _release(self) -> None:
        if not self._released:
            self.response.close()
            self._mark_released()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStreamShell(_ShellBase):
    """Async twin of `StreamShell`."""

    def __init__(
        self, response: httpx.Response, *, on_close: Callable[[], object] | None = None
    ) -> None:
        super().__init__(response, on_close=on_close)
        self._source: AsyncGenerator[Any, None] = self._read()

    async def close(self) -> None:
        """Stop reading and close the response (releases the connection); idempotent."""
        await self._source.aclose()
        await self._release()

    async def _drain(self) -> None:
        async for _ in self._source:
            pass

    async def until_done(self) -> Self:
        """The async twin of `StreamShell.until_done`."""
        await self._drain()
        return self

    async def _read(self) -> AsyncGenerator[Any, None]:
        reader = self._reader
        try:
            with self._guard:
                clock = _clock
                due = clock() + YIELD_EVERY
                async for raw in self.response.aiter_raw():
                    for piece in pieces(raw):
                        for item in reader.feed(piece):
                            yield item
                        if reader.done():
                            break
                        if clock() > due:
                            await _checkpoint()
                            due = clock() + YIELD_EVERY
                    if reader.done():
                        break
                    due = clock() + YIELD_EVERY  # the read may have waited on the network
                for item in reader.finish():
                    yield item
        finally:
            await self._release()

    async def _release(self) -> None:
        if not self._released:
            await self.response.aclose()
            result = self._mark_released()
            if inspect.isawaitable(result):
                await result

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


async def _checkpoint() -> None:
    """Let the event loop run other tasks (asyncio or trio)."""
    import anyio  # imported here: a sync client never loads the async machinery

    await anyio.sleep(0)
