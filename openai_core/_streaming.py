"""
Chat completion stream shells: they read an opened streaming `httpx.Response` and hand its bytes to
`ChatStreamState` (the pure core in `_chat_stream_state.py`). Sync classes first, async twins after;
the twins have the same method names.

- `ChatCompletionStream` / `AsyncChatCompletionStream`: iterate typed chunks.
- `ChatCompletionEventStream` / `AsyncChatCompletionEventStream`: iterate runtime events.

Both kinds offer `close()`, `with` / `async with`, `text_deltas()`, `snapshot()` (the completion so
far, as a JSON-shaped dict, safe to call mid-stream) and `final_completion()` (reads the rest and
returns the typed completion). The response is closed, and `on_close` called once, when the stream
ends, fails or is closed. `[DONE]` ends the iteration at once without waiting for the body's end.

httpx errors raised while reading become SDK errors here (see `TranslateTransportErrors`): timeouts
-> APITimeoutError, other transport failures -> StreamError("Connection lost mid-stream ...").
"""

from __future__ import annotations

import importlib
import inspect
from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._chat_stream_state import ChatStreamState, content_delta
from ._exceptions import ResponseValidationError, StreamError
from ._stream_errors import TranslateTransportErrors, shorten
from ._stream_events import ChatStreamEvent

__all__ = [
    "AsyncChatCompletionEventStream",
    "AsyncChatCompletionStream",
    "ChatCompletionEventStream",
    "ChatCompletionStream",
    "default_chunk_factory",
    "default_completion_factory",
]

ChunkT = TypeVar("ChunkT")
CompletionT = TypeVar("CompletionT")
Factory = Callable[[dict[str, Any]], Any]


def default_chunk_factory() -> Factory:
    """Return a factory building `ChatCompletionChunk`, importing the model on first use."""
    module = importlib.import_module("openai_core._generated.models.chat_completion_chunk")
    return _validating(module.ChatCompletionChunk.from_dict, "ChatCompletionChunk")


def default_completion_factory() -> Factory:
    """Return a factory building `ChatCompletion`, importing the model on first use."""
    module = importlib.import_module("openai_core._generated.models.chat_completion")
    return _validating(module.ChatCompletion.from_dict, "ChatCompletion")


def _validating(from_dict: Factory, name: str) -> Factory:
    """Wrap a generated `from_dict` so a dict it cannot read raises ResponseValidationError."""

    def build(data: dict[str, Any]) -> Any:
        try:
            return from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                f"Expected a {name} in the stream, got {shorten(repr(data))} "
                f"({type(exc).__name__}: {exc}). The provider may send a shape this SDK does not know; pass chunk_factory=dict to read raw chunks.",
                value=data,
            ) from exc

    return build


def _url_of(response: httpx.Response) -> str | None:
    try:
        return str(response.request.url)
    except RuntimeError:  # a Response built without a request
        return None


class _StreamBase(ABC, Generic[ChunkT, CompletionT]):
    """What every chat stream shell shares: state, factories, closing and the result."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        chunk_factory: Callable[[dict[str, Any]], ChunkT] | None = None,
        completion_factory: Callable[[dict[str, Any]], CompletionT] | None = None,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self.response = response
        self._chunk_factory: Callable[[dict[str, Any]], ChunkT] = (
            chunk_factory or default_chunk_factory()
        )
        self._completion_factory = completion_factory
        self._on_close = on_close
        self._released = False
        self._state: ChatStreamState[ChunkT] = ChatStreamState(
            self._chunk_factory, request_id=response.headers.get("x-request-id")
        )
        self._guard = TranslateTransportErrors(_url_of(response))
        self._start()

    @abstractmethod
    def _start(self) -> None:
        """Create the generator that reads the response."""

    def snapshot(self) -> dict[str, Any]:
        """Return the completion so far as a dict shaped like a non-streamed chat completion."""
        return self._state.snapshot()

    def _completion(self) -> CompletionT:
        if not self._state.is_complete:
            raise StreamError(
                "The stream was closed before it completed, so there is no final completion; "
                "read it to the end (or use snapshot() for the partial result)."
            )
        factory = self._completion_factory or default_completion_factory()
        return factory(self._state.snapshot())

    def _release_started(self) -> Any:
        """Mark the response released; return the on_close result (None when already done)."""
        if self._released:
            return None
        self._released = True
        return self._on_close() if self._on_close is not None else None


class _SyncStream(_StreamBase[ChunkT, CompletionT]):
    _source: Generator[Any, None, None]

    def _start(self) -> None:
        self._source = self._read()

    @abstractmethod
    def _read(self) -> Generator[Any, None, None]:
        """Read the response, yielding what the shell iterates."""

    def close(self) -> None:
        """Stop reading and close the response (releases the connection); idempotent."""
        self._source.close()
        self._release()

    def final_completion(self) -> CompletionT:
        """
        Read the rest of the stream and return the whole completion, typed.

        Raises:
            StreamError: The stream was closed before it completed.
        """
        for _ in self._source:
            pass
        return self._completion()

    def _release(self) -> None:
        if not self._released:
            self.response.close()
            self._release_started()

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ChatCompletionStream(_SyncStream[ChunkT, CompletionT]):
    """
    A streaming chat completion: iterate to get typed chunks (`ChatCompletionChunk` by default).

    Args:
        response: An opened streaming response (sent with `stream=True`).
        chunk_factory: Turns a chunk dict into the chunk type (default `ChatCompletionChunk`).
        completion_factory: Turns the final snapshot into the completion type (default
            `ChatCompletion`).
        on_close: Called once when the response is released.
    """

    def __iter__(self) -> Iterator[ChunkT]:
        return map(self._chunk_factory, self._source)

    def text_deltas(self, choice_index: int = 0) -> Iterator[str]:
        """Yield the content text each remaining chunk adds to choice `choice_index`."""
        for chunk in self._source:
            text = content_delta(chunk, choice_index)
            if text is not None:
                yield text

    def _read(self) -> Generator[dict[str, Any], None, None]:
        state = self._state
        try:
            with self._guard:
                for raw in self.response.iter_raw():
                    yield from state.feed(raw)
                    if state.done:
                        break
                state.end()
        finally:
            self._release()


class ChatCompletionEventStream(_SyncStream[ChunkT, CompletionT]):
    """
    A streaming chat completion read as runtime events (`chunk`, `content.delta`, ...).

    Takes the same arguments as `ChatCompletionStream`.
    """

    def __iter__(self) -> Iterator[ChatStreamEvent]:
        return self._source

    def text_deltas(self, choice_index: int = 0) -> Iterator[str]:
        """Yield the text of each remaining `content.delta` event of choice `choice_index`."""
        for event in self._source:
            if event.type == "content.delta" and event.choice_index == choice_index:
                yield event.delta

    def _read(self) -> Generator[ChatStreamEvent, None, None]:
        state = self._state
        try:
            with self._guard:
                for raw in self.response.iter_raw():
                    yield from state.feed_events(raw)
                    if state.done:
                        break
                tail: list[ChatStreamEvent] = []
                state.end(tail)
                yield from tail
        finally:
            self._release()


class _AsyncStream(_StreamBase[ChunkT, CompletionT]):
    _source: AsyncGenerator[Any, None]

    def _start(self) -> None:
        self._source = self._read()

    @abstractmethod
    def _read(self) -> AsyncGenerator[Any, None]:
        """Read the response, yielding what the shell iterates."""

    async def close(self) -> None:
        """Stop reading and close the response (releases the connection); idempotent."""
        await self._source.aclose()
        await self._release()

    async def final_completion(self) -> CompletionT:
        """
        Read the rest of the stream and return the whole completion, typed.

        Raises:
            StreamError: The stream was closed before it completed.
        """
        async for _ in self._source:
            pass
        return self._completion()

    async def _release(self) -> None:
        if not self._released:
            await self.response.aclose()
            result = self._release_started()
            if inspect.isawaitable(result):
                await result

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncChatCompletionStream(_AsyncStream[ChunkT, CompletionT]):
    """The async twin of `ChatCompletionStream`: `async for chunk in stream`."""

    def __aiter__(self) -> AsyncIterator[ChunkT]:
        return self

    async def __anext__(self) -> ChunkT:
        return self._chunk_factory(await self._source.__anext__())

    async def text_deltas(self, choice_index: int = 0) -> AsyncIterator[str]:
        """Yield the content text each remaining chunk adds to choice `choice_index`."""
        async for chunk in self._source:
            text = content_delta(chunk, choice_index)
            if text is not None:
                yield text

    async def _read(self) -> AsyncGenerator[dict[str, Any], None]:
        state = self._state
        try:
            with self._guard:
                async for raw in self.response.aiter_raw():
                    for chunk in state.feed(raw):
                        yield chunk
                    if state.done:
                        break
                state.end()
        finally:
            await self._release()


class AsyncChatCompletionEventStream(_AsyncStream[ChunkT, CompletionT]):
    """The async twin of `ChatCompletionEventStream`: `async for event in stream`."""

    def __aiter__(self) -> AsyncIterator[ChatStreamEvent]:
        return self._source

    async def text_deltas(self, choice_index: int = 0) -> AsyncIterator[str]:
        """Yield the text of each remaining `content.delta` event of choice `choice_index`."""
        async for event in self._source:
            if event.type == "content.delta" and event.choice_index == choice_index:
                yield event.delta

    async def _read(self) -> AsyncGenerator[ChatStreamEvent, None]:
        state = self._state
        try:
            with self._guard:
                async for raw in self.response.aiter_raw():
                    for event in state.feed_events(raw):
                        yield event
                    if state.done:
                        break
                tail: list[ChatStreamEvent] = []
                state.end(tail)
                for event in tail:
                    yield event
        finally:
            await self._release()
