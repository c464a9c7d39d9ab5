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

The reading loop lives in `_stream_shell.py`; httpx errors raised while reading become SDK errors
there (timeouts -> APITimeoutError, other transport failures -> StreamError("Connection lost mid-stream").
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx

from .._exceptions import StreamError
from .._model_build import load_model, model_factory, strict_for
from .chat_state import ChatStreamState, content_delta
from .events import ChatStreamEvent
from .fast_chunk import chunk_reader
from .shell import AsyncStreamShell, StreamReader, StreamShell

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

_RAW_HINT = (
    "The provider may send a shape this SDK does not know; pass chunk_factory=dict to read raw "
    "chunks."
)


def default_chunk_factory(strict: bool = False) -> Factory:
    """
    Return a factory building `ChatCompletionChunk`, importing the model on first use.

    Chunks are read leniently; with `strict` one that does not match the spec raises.
    """
    model = load_model("chat_completion_chunk:ChatCompletionChunk")
    return model_factory(
        chunk_reader(model), "a ChatCompletionChunk in the stream", _RAW_HINT, strict=strict
    )


def default_completion_factory(strict: bool = False) -> Factory:
    """Return a factory building `ChatCompletion` (strict as above), importing it on first use."""
    model = load_model("chat_completion:ChatCompletion")
    return model_factory(
        model.from_dict, "a ChatCompletion in the stream", _RAW_HINT, strict=strict
    )


class _ChatStream(Generic[ChunkT, CompletionT]):
    """What the four chat shells share: factories, the state and the result."""

    _state: ChatStreamState[ChunkT]
    _events = False  # feed the state for runtime events rather than chunk dicts

    def _init_chat(
        self,
        chunk_factory: Callable[[dict[str, Any]], ChunkT] | None,
        completion_factory: Callable[[dict[str, Any]], CompletionT] | None,
        response: httpx.Response,
    ) -> None:
        # The client that opened the response decides how strictly the default models read.
        self._strict = strict_for(response)
        self._chunk_factory: Callable[[dict[str, Any]], ChunkT] = (
            chunk_factory or default_chunk_factory(self._strict)
        )
        # The default lenient chunk model reads any JSON object: `chunk` events can build it
        # when read. A caller's factory, or a strict one, runs as each chunk arrives.
        self._defer_chunks = chunk_factory is None and not self._strict
        self._completion_factory = completion_factory

    def _chat_reader(self, request_id: str | None) -> StreamReader:
        state = self._state = ChatStreamState(
            self._chunk_factory, request_id=request_id, defer_chunks=self._defer_chunks
        )
        if not self._events:
            return StreamReader(state.feed, self._finish_chunks, lambda: state.done)
        return StreamReader(state.feed_events, self._finish_events, lambda: state.done)

    def _finish_chunks(self) -> list[Any]:
        self._state.end()
        return []

    def _finish_events(self) -> list[Any]:
        tail: list[ChatStreamEvent] = []
        self._state.end(tail)
        return tail

    def snapshot(self) -> dict[str, Any]:
        """Return the completion so far as a dict shaped like a non-streamed chat completion."""
        return self._state.snapshot()

    @property
    def current_completion_snapshot(self) -> CompletionT:
        """
        The completion so far, typed (the official SDK's name; `snapshot()` is the dict). Read
        leniently even on a strict client: a completion in progress lacks what the end brings.
        """
        factory = self._completion_factory or default_completion_factory()
        return factory(self._state.snapshot())

    def _completion(self) -> CompletionT:
        if not self._state.is_complete:
            raise StreamError(
                "The stream was closed before it completed, so there is no final completion; "
                "read it to the end (or use snapshot() for the partial result)."
            )
        factory = self._completion_factory or default_completion_factory(self._strict)
        return factory(self._state.snapshot())


class _SyncChatStream(StreamShell, _ChatStream[ChunkT, CompletionT]):
    def __init__(
        self,
        response: httpx.Response,
        *,
        chunk_factory: Callable[[dict[str, Any]], ChunkT] | None = None,
        completion_factory: Callable[[dict[str, Any]], CompletionT] | None = None,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self._init_chat(chunk_factory, completion_factory, response)
        super().__init__(response, on_close=on_close)

    def _setup(self) -> StreamReader:
        return self._chat_reader(self.request_id)

    def final_completion(self) -> CompletionT:
        """
        Read the rest of the stream and return the whole completion, typed.

        Raises:
            StreamError: The stream was closed before it completed.
        """
        self._drain()
        return self._completion()

    get_final_completion = final_completion  # the official SDK's name


class ChatCompletionStream(_SyncChatStream[ChunkT, CompletionT]):
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


class ChatCompletionEventStream(_SyncChatStream[ChunkT, CompletionT]):
    """
    A streaming chat completion read as runtime events (`chunk`, `content.delta`, ...).

    Takes the same arguments as `ChatCompletionStream`.
    """

    _events = True

    def __iter__(self) -> Iterator[ChatStreamEvent]:
        return self._source

    def text_deltas(self, choice_index: int = 0) -> Iterator[str]:
        """Yield the text of each remaining `content.delta` event of choice `choice_index`."""
        for event in self._source:
            if event.type == "content.delta" and event.choice_index == choice_index:
                yield event.delta


class _AsyncChatStream(AsyncStreamShell, _ChatStream[ChunkT, CompletionT]):
    def __init__(
        self,
        response: httpx.Response,
        *,
        chunk_factory: Callable[[dict[str, Any]], ChunkT] | None = None,
        completion_factory: Callable[[dict[str, Any]], CompletionT] | None = None,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self._init_chat(chunk_factory, completion_factory, response)
        super().__init__(response, on_close=on_close)

    def _setup(self) -> StreamReader:
        return self._chat_reader(self.request_id)

    async def final_completion(self) -> CompletionT:
        """
        Read the rest of the stream and return the whole completion, typed.

        Raises:
            StreamError: The stream was closed before it completed.
        """
        await self._drain()
        return self._completion()

    get_final_completion = final_completion  # the official SDK's name


class AsyncChatCompletionStream(_AsyncChatStream[ChunkT, CompletionT]):
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


class AsyncChatCompletionEventStream(_AsyncChatStream[ChunkT, CompletionT]):
    """The async twin of `ChatCompletionEventStream`: `async for event in stream`."""

    _events = True

    def __aiter__(self) -> AsyncIterator[ChatStreamEvent]:
        return self._source

    async def text_deltas(self, choice_index: int = 0) -> AsyncIterator[str]:
        """Yield the text of each remaining `content.delta` event of choice `choice_index`."""
        async for event in self._source:
            if event.type == "content.delta" and event.choice_index == choice_index:
                yield event.delta
