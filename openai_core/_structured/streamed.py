"""
Streamed structured output: `client.chat.completions.parse(T)...send_streaming()`.

Iterating a `ParsedChatCompletionStream` yields the answer as it grows: plain dicts / lists from
`parse_partial_json`, one per change (never typed instances, since required fields are still
missing mid-stream). The answer is read from the message content, or, when typed tools were
declared (`ToolDefinition.from_type`), from the arguments of the first tool call of such a tool.
`final()` reads the rest of the stream and returns `ParsedChatCompletion[T]`, checked exactly like
`send()` (refusal, `length`, `content_filter`, validation). Re-asks are not available here, since
partial answers already handed out cannot be taken back.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._exceptions import ResponseValidationError
from .parsing import ParsedChatCompletion, parse_completion
from .partial_json import parse_partial_json

if TYPE_CHECKING:
    from .parsing import TypedTools

__all__ = ["AsyncParsedChatCompletionStream", "ParsedChatCompletionStream", "PartialAnswer"]

T = TypeVar("T")
_NOTHING: Any = object()
_ARGUMENTS_DELTA = "tool_calls.function.arguments.delta"


class PartialAnswer:
    """Turns chat stream events into partial answers (pure; shared by both stream shells)."""

    NOTHING: Any = _NOTHING

    def __init__(self, tools: TypedTools | None = None) -> None:
        """
        Args:
            tools: Typed tools whose first call's arguments carry the answer.
        """
        self._typed = {
            t.name for t in (tools if tools is not None else ()) if t.arguments_type is not None
        }
        self._last: Any = _NOTHING

    def feed(self, event: Any) -> Any:
        """Return the new partial answer an event brings, or `PartialAnswer.NOTHING`."""
        if event.choice_index != 0:
            return _NOTHING
        if event.type == "content.delta":
            text = event.snapshot
        elif event.type == _ARGUMENTS_DELTA and event.index == 0 and event.name in self._typed:
            text = event.arguments
        else:
            return _NOTHING
        try:
            value = parse_partial_json(text)
        except ResponseValidationError:
            return _NOTHING  # not JSON: final() reports it with the whole text
        if value is None or value == self._last:
            return _NOTHING
        self._last = value
        return value


class _ParsedStreamBase(Generic[T]):
    def __init__(self, events: Any, response_type: Any, tools: TypedTools | None) -> None:
        self.events = events
        self._type = response_type
        self._tools = tools
        self._partial = PartialAnswer(tools)
        self._final: ParsedChatCompletion[T] | None = None

    def snapshot(self) -> dict[str, Any]:
        """Return the completion so far, as a dict (safe mid-stream)."""
        snapshot: dict[str, Any] = self.events.snapshot()
        return snapshot

    def _parse(self, completion: Any) -> ParsedChatCompletion[T]:
        if self._final is None:
            self._final = parse_completion(self._type, completion, tools=self._tools)
        return self._final


class ParsedChatCompletionStream(_ParsedStreamBase[T]):
    """
    A streamed structured answer: iterate for partial answers, then call `final()`.

    Attributes:
        events: The underlying `ChatCompletionEventStream` (shares its position with this one).
    """

    def __init__(self, events: Any, response_type: Any, tools: TypedTools | None = None) -> None:
        """
        Args:
            events: An opened `ChatCompletionEventStream`.
            response_type: The type of the answer.
            tools: Typed tools whose arguments may carry the answer.
        """
        super().__init__(events, response_type, tools)
        self._partials = self._generate()

    def __iter__(self) -> Generator[Any, None, None]:
        return self._partials

    def _generate(self) -> Generator[Any, None, None]:
        feed = self._partial.feed
        for event in self.events:
            value = feed(event)
            if value is not _NOTHING:
                yield value

    def final(self) -> ParsedChatCompletion[T]:
        """
        Read the rest of the stream and return the parsed completion.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError,
            ResponseValidationError: As `client.chat.completions.parse(T).send()` raises them.
            StreamError: The stream broke or was closed before it completed.
        """
        return self._parse(self.events.final_completion())

    def close(self) -> None:
        """Stop reading and release the connection; idempotent."""
        self._partials.close()
        self.events.close()

    def __enter__(self) -> ParsedChatCompletionStream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncParsedChatCompletionStream(_ParsedStreamBase[T]):
    """The async twin of `ParsedChatCompletionStream`: `async for partial in stream`."""

    def __init__(self, events: Any, response_type: Any, tools: TypedTools | None = None) -> None:
        """
        Args:
            events: An opened `AsyncChatCompletionEventStream`.
            response_type: The type of the answer.
            tools: Typed tools whose arguments may carry the answer.
        """
        super().__init__(events, response_type, tools)
        self._partials = self._generate()

    def __aiter__(self) -> AsyncGenerator[Any, None]:
        return self._partials

    async def _generate(self) -> AsyncGenerator[Any, None]:
        feed = self._partial.feed
        async for event in self.events:
            value = feed(event)
            if value is not _NOTHING:
                yield value

    async def final(self) -> ParsedChatCompletion[T]:
        """
        Read the rest of the stream and return the parsed completion.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError,
            ResponseValidationError: As `client.chat.completions.parse(T).send()` raises them.
            StreamError: The stream broke or was closed before it completed.
        """
        return self._parse(await self.events.final_completion())

    async def close(self) -> None:
        """Stop reading and release the connection; idempotent."""
        await self._partials.aclose()
        await self.events.close()

    async def __aenter__(self) -> AsyncParsedChatCompletionStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
