"""
Runtime events of a chat completion stream (`send_events()`), and the text buffer they read from.

Every event has a `type` string and the `choice_index` of the choice it belongs to. Values that cost
more than the delta itself (the text so far, a partial parse of tool arguments) are computed only
when read, so a consumer that ignores them pays nothing and the stream stays O(n) overall.

Order, per chunk: `chunk` first; then for each choice in the chunk, in the chunk's order, the
delta's fields in the order the provider sent them: `reasoning.delta` (from `reasoning_content` or
`reasoning`, whichever the provider uses), `content.delta`, `refusal.delta`, tool-call
`arguments.delta` (a new tool call index first closes the calls before it with `arguments.done`);
then `logprobs.content.delta`, `logprobs.refusal.delta`; and when the choice's finish_reason
arrives: `reasoning.done`, `content.done`, `refusal.done`, `arguments.done` for every call still
open (by index), `logprobs.content.done`, `logprobs.refusal.done`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from .._exceptions import ResponseValidationError
from .._structured.partial_json import parse_partial_json

__all__ = [
    "ChatStreamEvent",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "ReasoningDeltaEvent",
    "ReasoningDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "TextBuffer",
]

T = TypeVar("T")
_UNREAD: Any = object()


class TextBuffer:
    """Text that arrives in pieces: appended in O(1), joined only when read."""

    __slots__ = ("_count", "_text", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._text = ""
        self._count = 0

    def text(self, count: int | None = None) -> str:
        """
        Return the text of the first `count` pieces (all of them by default).

        Args:
            count: How many pieces to join; events pass the count they saw.
        """
        parts = self.parts
        if count is None:
            count = len(parts)
        if count == self._count:
            return self._text
        if count > self._count:
            self._text += "".join(parts[self._count : count])
            self._count = count
            return self._text
        return "".join(parts[:count])


class ChatStreamEvent:
    """Base of all chat stream events: `type`, `choice_index`, value equality and a short repr."""

    __slots__ = ("choice_index",)
    type: ClassVar[str]
    _fields: ClassVar[tuple[str, ...]] = ()

    choice_index: int | None

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ("choice_index", *self._fields))

    __hash__ = None  # type: ignore[assignment]  # events compare by value and may hold lists

    def __repr__(self) -> str:
        shown = ", ".join(f"{f}={getattr(self, f)!r}" for f in ("choice_index", *self._fields))
        return f"{type(self).__name__}(type={self.type!r}, {shown})"


class ChunkEvent(ChatStreamEvent, Generic[T]):
    """
    `chunk`: one typed chunk, exactly as received. `choice_index` is None (a chunk spans all).

    A stream reading the default lenient models builds the typed chunk when `chunk` is first
    read (`ChunkEvent.deferred`): reading it cannot fail, the dict it is built from is never
    changed, and a consumer that only reads the text events does not pay for it.
    """

    __slots__ = ("_chunk", "_data", "_factory")
    type = "chunk"
    _fields = ("chunk",)

    _chunk: T
    _data: dict[str, Any]
    _factory: Callable[[dict[str, Any]], T] | None

    def __init__(self, chunk: T) -> None:
        self.choice_index = None
        self._chunk = chunk
        self._factory = None

    @classmethod
    def deferred(
        cls, data: dict[str, Any], factory: Callable[[dict[str, Any]], T]
    ) -> ChunkEvent[T]:
        """
        Return an event whose chunk is `factory(data)`, built when first read.

        Only for factories that cannot fail on a JSON object (the lenient generated models):
        an error would otherwise surface where the chunk is read, not where it arrived.
        """
        event: ChunkEvent[T] = cls.__new__(cls)
        event.choice_index = None
        event._chunk = _UNREAD
        event._data = data
        event._factory = factory
        return event

    @property
    def chunk(self) -> T:
        """The typed chunk."""
        chunk = self._chunk
        if chunk is _UNREAD:
            factory = self._factory
            assert factory is not None
            chunk = self._chunk = factory(self._data)
            self._factory = None
            del self._data
        return chunk

    @chunk.setter
    def chunk(self, chunk: T) -> None:
        # Settable as the plain attribute it used to be (a deferred build is then dropped).
        if self._chunk is _UNREAD:
            del self._data
        self._chunk = chunk
        self._factory = None


class _TextDelta(ChatStreamEvent):
    __slots__ = ("_buffer", "_count", "delta")
    _fields = ("delta", "snapshot")

    def __init__(self, choice_index: int, delta: str, buffer: TextBuffer) -> None:
        self.choice_index = choice_index
        self.delta = delta
        self._buffer = buffer
        self._count = len(buffer.parts)

    @property
    def snapshot(self) -> str:
        """The text of this choice up to and including this delta."""
        return self._buffer.text(self._count)


class ContentDeltaEvent(_TextDelta):
    """`content.delta`: `delta` (new text) and `snapshot` (all content so far, read lazily)."""

    __slots__ = ()
    type = "content.delta"


class RefusalDeltaEvent(_TextDelta):
    """`refusal.delta`: `delta` (new refusal text) and `snapshot` (refusal so far)."""

    __slots__ = ()
    type = "refusal.delta"


class ReasoningDeltaEvent(_TextDelta):
    """
    `reasoning.delta`: `delta` (new reasoning text) and `snapshot` (reasoning so far).

    Providers that show a model's reasoning send it as `delta.reasoning_content` (DeepSeek, Qwen,
    Zhipu, vLLM, llama.cpp, xAI) or `delta.reasoning` (OpenRouter, Ollama, Groq); `key` is the one
    this stream used.
    """

    __slots__ = ("key",)
    type = "reasoning.delta"

    def __init__(self, choice_index: int, delta: str, buffer: TextBuffer, key: str) -> None:
        super().__init__(choice_index, delta, buffer)
        self.key = key


class ReasoningDoneEvent(ChatStreamEvent):
    """`reasoning.done`: the choice's whole reasoning text, and the delta `key` it came in."""

    __slots__ = ("key", "reasoning")
    type = "reasoning.done"
    _fields = ("reasoning",)

    def __init__(self, choice_index: int, reasoning: str, key: str) -> None:
        self.choice_index = choice_index
        self.reasoning = reasoning
        self.key = key


class ContentDoneEvent(ChatStreamEvent):
    """`content.done`: the choice's whole `content`."""

    __slots__ = ("content",)
    type = "content.done"
    _fields = ("content",)

    def __init__(self, choice_index: int, content: str) -> None:
        self.choice_index = choice_index
        self.content = content


class RefusalDoneEvent(ChatStreamEvent):
    """`refusal.done`: the choice's whole `refusal`."""

    __slots__ = ("refusal",)
    type = "refusal.done"
    _fields = ("refusal",)

    def __init__(self, choice_index: int, refusal: str) -> None:
        self.choice_index = choice_index
        self.refusal = refusal


class FunctionToolCallArgumentsDeltaEvent(ChatStreamEvent):
    """
    `tool_calls.function.arguments.delta`: new argument text of tool call `index`.

    `arguments` is the text so far and `parsed_arguments` a best-effort parse of it (open strings,
    arrays and objects closed; None when nothing usable has arrived or the text is not JSON).
    """

    __slots__ = ("_buffer", "_count", "_parsed", "arguments_delta", "index", "name")
    type = "tool_calls.function.arguments.delta"
    _fields = ("index", "name", "arguments_delta", "arguments")

    def __init__(
        self, choice_index: int, index: int, name: str, arguments_delta: str, buffer: TextBuffer
    ) -> None:
        self.choice_index = choice_index
        self.index = index
        self.name = name
        self.arguments_delta = arguments_delta
        self._buffer = buffer
        self._count = len(buffer.parts)
        self._parsed: Any = _UNREAD

    @property
    def arguments(self) -> str:
        """The argument text of this call so far."""
        return self._buffer.text(self._count)

    @property
    def parsed_arguments(self) -> Any:
        """A best-effort parse of `arguments`; None when it cannot be read (yet)."""
        if self._parsed is _UNREAD:
            try:
                self._parsed = parse_partial_json(self.arguments)
            except (ResponseValidationError, ValueError):
                self._parsed = None
        return self._parsed


class FunctionToolCallArgumentsDoneEvent(ChatStreamEvent):
    """
    `tool_calls.function.arguments.done`: the whole `arguments` text of tool call `index`.

    `parsed_arguments` is `json.loads(arguments)`, or None when the text is not valid JSON.
    """

    __slots__ = ("_parsed", "arguments", "index", "name")
    type = "tool_calls.function.arguments.done"
    _fields = ("index", "name", "arguments")

    def __init__(self, choice_index: int, index: int, name: str, arguments: str) -> None:
        self.choice_index = choice_index
        self.index = index
        self.name = name
        self.arguments = arguments
        self._parsed: Any = _UNREAD

    @property
    def parsed_arguments(self) -> Any:
        """The arguments as JSON, or None when they are not valid JSON."""
        if self._parsed is _UNREAD:
            try:
                self._parsed = json.loads(self.arguments)
            except ValueError:
                self._parsed = None
        return self._parsed


class _LogprobsDelta(ChatStreamEvent):
    __slots__ = ("_count", "_items", "delta")
    _fields = ("delta",)

    def __init__(self, choice_index: int, delta: list[Any], items: list[Any]) -> None:
        self.choice_index = choice_index
        self.delta = delta
        self._items = items
        self._count = len(items)

    @property
    def snapshot(self) -> list[Any]:
        """Every token logprob of this choice up to and including this delta."""
        return self._items[: self._count]


class LogprobsContentDeltaEvent(_LogprobsDelta):
    """`logprobs.content.delta`: `content` (new token logprobs, dicts) and `snapshot`."""

    __slots__ = ()
    type = "logprobs.content.delta"

    @property
    def content(self) -> list[Any]:
        """The token logprobs this chunk added."""
        return self.delta


class LogprobsRefusalDeltaEvent(_LogprobsDelta):
    """`logprobs.refusal.delta`: `refusal` (new token logprobs, dicts) and `snapshot`."""

    __slots__ = ()
    type = "logprobs.refusal.delta"

    @property
    def refusal(self) -> list[Any]:
        """The refusal token logprobs this chunk added."""
        return self.delta


class LogprobsContentDoneEvent(ChatStreamEvent):
    """`logprobs.content.done`: every content token logprob of the choice."""

    __slots__ = ("content",)
    type = "logprobs.content.done"
    _fields = ("content",)

    def __init__(self, choice_index: int, content: list[Any]) -> None:
        self.choice_index = choice_index
        self.content = content


class LogprobsRefusalDoneEvent(ChatStreamEvent):
    """`logprobs.refusal.done`: every refusal token logprob of the choice."""

    __slots__ = ("refusal",)
    type = "logprobs.refusal.done"
    _fields = ("refusal",)

    def __init__(self, choice_index: int, refusal: list[Any]) -> None:
        self.choice_index = choice_index
        self.refusal = refusal
