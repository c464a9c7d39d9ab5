"""
Streamed structured output: `client.chat.completions.parse(T)...send_streaming()` and
`client.responses.parse(T)...send_streaming()`.

Iterating a `ParsedChatCompletionStream` yields the answer as it grows: plain dicts / lists from
`parse_partial_json`, one per change (never typed instances, since required fields are still
missing mid-stream). The answer is read from the message content, or, when typed tools were
declared (`ToolDefinition.from_type`), from the arguments of the first tool call of such a tool.
`final()` reads the rest of the stream and returns `ParsedChatCompletion[T]`, checked exactly like
`send()` (refusal, `length`, `content_filter`, validation). Re-asks are not available here, since
partial answers already handed out cannot be taken back.

A Responses API stream (`ParsedResponseStream`) works the same way on its events: the answer grows
with the first `output_text` part's `response.output_text.delta` events, or the first function
call's `response.function_call_arguments.delta` events when that call is a typed tool's; `final()`
returns `ParsedResponse[T]`, checked like `client.responses.parse(T).send()`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._exceptions import ResponseValidationError
from .parsing import ParsedChatCompletion, ParsedResponse, parse_completion, parse_response
from .partial_json import parse_partial_json

if TYPE_CHECKING:
    from typing_extensions import Self

    from .parsing import TypedTools

__all__ = [
    "AsyncParsedChatCompletionStream",
    "AsyncParsedResponseStream",
    "ParsedChatCompletionStream",
    "ParsedResponseStream",
    "PartialAnswer",
    "ResponsePartialAnswer",
]

T = TypeVar("T")
R = TypeVar("R")
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
        return self._grown(text)

    def _grown(self, text: str) -> Any:
        try:
            value = parse_partial_json(text)
        except ResponseValidationError:
            return _NOTHING  # not JSON: final() reports it with the whole text
        if value is None or value == self._last:
            return _NOTHING
        self._last = value
        return value


class ResponsePartialAnswer(PartialAnswer):
    """Turns Responses API stream events (dicts) into partial answers (pure)."""

    def __init__(self, tools: TypedTools | None = None) -> None:
        """
        Args:
            tools: Typed tools whose first function call's arguments carry the answer.
        """
        super().__init__(tools)
        self._source: tuple[int, int | None] | None = None  # (output_index, content_index)
        self._parts: list[str] = []
        self._first_call_seen = False

    def feed(self, event: Any) -> Any:
        """Return the new partial answer an event brings, or `PartialAnswer.NOTHING`."""
        kind = event.get("type")
        if kind == "response.output_item.added":
            item = event.get("item") or {}
            if item.get("type") == "function_call" and not self._first_call_seen:
                self._first_call_seen = True
                if item.get("name") in self._typed:  # the answer, as final() will read it
                    self._source = (event.get("output_index") or 0, None)
                    self._parts = []
            return _NOTHING
        where = (event.get("output_index") or 0, event.get("content_index"))
        if kind == "response.output_text.delta" and self._source is None:
            self._source = where
        elif kind == "response.function_call_arguments.delta":
            where = (where[0], None)
        elif kind != "response.output_text.delta":
            return _NOTHING
        if where != self._source:
            return _NOTHING
        self._parts.append(str(event.get("delta") or ""))
        return self._grown("".join(self._parts))


class _ParsedStreamBase(Generic[R]):
    def __init__(
        self, events: Any, partial: PartialAnswer, finish: Callable[[Any], R], final_name: str
    ) -> None:
        self.events = events
        self._partial = partial
        self._finish = finish
        self._final_name = final_name  # the events stream's method giving the whole answer
        self._final: R | None = None

    def snapshot(self) -> dict[str, Any]:
        """Return the answer so far (the completion or response), as a dict (safe mid-stream)."""
        snapshot: dict[str, Any] = self.events.snapshot()
        return snapshot

    def _parse(self, completion: Any) -> R:
        if self._final is None:
            self._final = self._finish(completion)
        return self._final


class _SyncParsedStream(_ParsedStreamBase[R]):
    def __init__(
        self, events: Any, partial: PartialAnswer, finish: Callable[[Any], R], final_name: str
    ) -> None:
        super().__init__(events, partial, finish, final_name)
        self._partials = self._generate()

    def __iter__(self) -> Generator[Any, None, None]:
        return self._partials

    def _generate(self) -> Generator[Any, None, None]:
        feed = self._partial.feed
        for event in self.events:
            value = feed(event)
            if value is not _NOTHING:
                yield value

    def final(self) -> R:
        """
        Read the rest of the stream and return the parsed answer.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError,
            ResponseValidationError: As the `parse(T).send()` of the same API raises them.
            StreamError: The stream broke or was closed before it completed.
        """
        return self._parse(getattr(self.events, self._final_name)())

    def until_done(self) -> Self:
        """
        Read the rest of the stream without handing out partials; return the stream. The events
        are drained directly: parsing a partial answer per event would be work nobody reads.
        """
        self.events.until_done()
        return self

    def close(self) -> None:
        """Stop reading and release the connection; idempotent."""
        self._partials.close()
        self.events.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _AsyncParsedStream(_ParsedStreamBase[R]):
    def __init__(
        self, events: Any, partial: PartialAnswer, finish: Callable[[Any], R], final_name: str
    ) -> None:
        super().__init__(events, partial, finish, final_name)
        self._partials = self._generate()

    def __aiter__(self) -> AsyncGenerator[Any, None]:
        return self._partials

    async def _generate(self) -> AsyncGenerator[Any, None]:
        feed = self._partial.feed
        async for event in self.events:
            value = feed(event)
            if value is not _NOTHING:
                yield value

    async def final(self) -> R:
        """
        Read the rest of the stream and return the parsed answer.

        Raises:
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError,
            ResponseValidationError: As the `parse(T).send()` of the same API raises them.
            StreamError: The stream broke or was closed before it completed.
        """
        return self._parse(await getattr(self.events, self._final_name)())

    async def until_done(self) -> Self:
        """The async twin of the sync stream's `until_done()`."""
        await self.events.until_done()
        return self

    async def close(self) -> None:
        """Stop reading and release the connection; idempotent."""
        await self._partials.aclose()
        await self.events.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class ParsedChatCompletionStream(_SyncParsedStream[ParsedChatCompletion[T]]):
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

        def finish(completion: Any) -> ParsedChatCompletion[T]:
            return parse_completion(response_type, completion, tools=tools)

        super().__init__(events, PartialAnswer(tools), finish, "final_completion")

    def get_final_completion(self) -> ParsedChatCompletion[T]:
        """`final()` under the official SDK's name."""
        return self.final()


class AsyncParsedChatCompletionStream(_AsyncParsedStream[ParsedChatCompletion[T]]):
    """The async twin of `ParsedChatCompletionStream`: `async for partial in stream`."""

    def __init__(self, events: Any, response_type: Any, tools: TypedTools | None = None) -> None:
        """
        Args:
            events: An opened `AsyncChatCompletionEventStream`.
            response_type: The type of the answer.
            tools: Typed tools whose arguments may carry the answer.
        """

        def finish(completion: Any) -> ParsedChatCompletion[T]:
            return parse_completion(response_type, completion, tools=tools)

        super().__init__(events, PartialAnswer(tools), finish, "final_completion")

    async def get_final_completion(self) -> ParsedChatCompletion[T]:
        """`final()` under the official SDK's name."""
        return await self.final()


class ParsedResponseStream(_SyncParsedStream[ParsedResponse[T]]):
    """
    A streamed structured Responses API answer: iterate for partial answers, then `final()`.

    Attributes:
        events: The underlying `ResponseStream` (shares its position with this one).
    """

    def __init__(self, events: Any, response_type: Any, tools: TypedTools | None = None) -> None:
        """
        Args:
            events: An opened `ResponseStream`.
            response_type: The type of the answer.
            tools: Typed tools whose arguments may carry the answer.
        """

        def finish(response: Any) -> ParsedResponse[T]:
            return parse_response(response_type, response, tools=tools)

        super().__init__(events, ResponsePartialAnswer(tools), finish, "final_response")

    def get_final_response(self) -> ParsedResponse[T]:
        """`final()` under the official SDK's name."""
        return self.final()


class AsyncParsedResponseStream(_AsyncParsedStream[ParsedResponse[T]]):
    """The async twin of `ParsedResponseStream`: `async for partial in stream`."""

    def __init__(self, events: Any, response_type: Any, tools: TypedTools | None = None) -> None:
        """
        Args:
            events: An opened `AsyncResponseStream`.
            response_type: The type of the answer.
            tools: Typed tools whose arguments may carry the answer.
        """

        def finish(response: Any) -> ParsedResponse[T]:
            return parse_response(response_type, response, tools=tools)

        super().__init__(events, ResponsePartialAnswer(tools), finish, "final_response")

    async def get_final_response(self) -> ParsedResponse[T]:
        """`final()` under the official SDK's name."""
        return await self.final()
