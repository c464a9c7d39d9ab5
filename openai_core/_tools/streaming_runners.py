"""
Streaming tool runners: every round is sent with `stream: true` and read as runtime events.

`StreamingToolRunner.events()` (or iterating the runner) yields, per round:

1. `round.start` (`RoundStartEvent`): the request is about to be read; `round` is its 0-based
   index and `messages` what was sent.
2. Every runtime event of the round's chat stream, unchanged (`chunk`, `content.delta`,
   `tool_calls.function.arguments.delta` ... see `ChatCompletionEventStream`).
3. `round.done` (`RoundDoneEvent`): the round's whole completion and the tool calls it asks for
   (empty on the last round).
4. One `tool_call.result` (`ToolCallResultEvent`) per tool call, in the order the model made the
   calls, once all of the round's results are recorded (so `messages()` already holds them).

The iteration ends after the `round.done` of a completion that asks for no tools. Every decision
(which tools run, what goes back, when to stop, `max_rounds`) is `ToolLoop`'s: these shells only
open streams and run tools. After the run the runner has every accessor of `ToolRunner`; an
accessor called before the iteration ends reads the rest of the run first.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Sequence,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, Union

import attrs

from .loop import PendingToolCall, ToolCall, ToolLoop, ToolResult
from .runners import AsyncToolRunner, ToolRunner

if TYPE_CHECKING:
    from typing_extensions import Self

    from .._generated.models.chat_completion import ChatCompletion

__all__ = [
    "AsyncStreamingDriver",
    "AsyncStreamingToolRunner",
    "RoundDoneEvent",
    "RoundStartEvent",
    "StreamingToolRunner",
    "SyncStreamingDriver",
    "ToolCallResultEvent",
    "handle_round",
    "result_events",
    "start_round",
]


@attrs.frozen
class RoundStartEvent:
    """
    `round.start`: a request of the run is being sent.

    Attributes:
        round: 0-based index of the request.
        messages: The messages sent.
    """

    type: ClassVar[str] = "round.start"
    round: int
    messages: list[dict[str, Any]]


@attrs.frozen
class RoundDoneEvent:
    """
    `round.done`: a round's completion has arrived in full.

    Attributes:
        round: 0-based index of the request.
        completion: The completion, typed (`ChatCompletion`).
        tool_calls: The calls it asks for, in the model's order; empty on the last round.
    """

    type: ClassVar[str] = "round.done"
    round: int
    completion: Any
    tool_calls: list[ToolCall]


@attrs.frozen
class ToolCallResultEvent:
    """
    `tool_call.result`: what one tool call produced (already recorded in the conversation).

    Attributes:
        round: 0-based index of the request whose completion made the call.
        call: The model's call.
        result: The result sent back to the model (`result.is_error` on failure).
    """

    type: ClassVar[str] = "tool_call.result"
    round: int
    call: ToolCall
    result: ToolResult


def start_round(loop: ToolLoop) -> RoundStartEvent:
    """
    Return the `round.start` event of the loop's next request (its messages included).

    Raises:
        ToolError: The loop is done, or results are pending.
    """
    return RoundStartEvent(loop.completion_count, loop.next_request_messages())


def handle_round(loop: ToolLoop, completion: Any) -> tuple[list[PendingToolCall], RoundDoneEvent]:
    """
    Hand a round's completion to the loop; return the calls to run and the `round.done` event.

    Raises:
        ToolError: See `ToolLoop.handle`.
    """
    pending = loop.handle(completion)
    done = RoundDoneEvent(loop.completion_count - 1, completion, [p.call for p in pending])
    return pending, done


def result_events(
    done: RoundDoneEvent, pending: Sequence[PendingToolCall], results: Sequence[ToolResult]
) -> list[ToolCallResultEvent]:
    """Return one `tool_call.result` event per pending call, in call order."""
    by_id = {result.tool_call_id: result for result in results}
    return [ToolCallResultEvent(done.round, p.call, by_id[p.call.id]) for p in pending]


# The events of a round's stream (chat or Responses stream events; the tools wing does not name them).
E = TypeVar("E")
# A runner event: one of the three classes above, or an event of a round's stream.
RunnerEvent = Union[RoundStartEvent, RoundDoneEvent, ToolCallResultEvent, E]  # noqa: UP007
OpenStream = Callable[[list[dict[str, Any]]], Any]


class SyncStreamingDriver(Generic[E]):
    """
    The streamed run of a sync runner: each API's streaming runner mixes it into its runner.

    `_final_name` names the stream's method returning the whole answer (`final_completion` for a
    chat event stream, `final_response` for a Responses stream).
    """

    _final_name: ClassVar[str] = "final_completion"
    _loop: ToolLoop
    _started: bool

    def _init_streaming(self, open_stream: OpenStream) -> None:
        self._open = open_stream
        self._opened: Any = None
        self._iteration: Generator[RunnerEvent[E], None, None] | None = None

    def start(self) -> Self:
        """Send the first request now (so that its errors raise here); return the runner."""
        if self._iteration is None and self._opened is None:
            self._opened = self._open(self._loop.next_request_messages())
        return self

    def events(self) -> Iterator[RunnerEvent[E]]:
        """Return the iteration over the run's events (see the module docstring)."""
        if self._iteration is None:
            self._started = True
            self._iteration = self._generate()
        return self._iteration

    def __iter__(self) -> Iterator[RunnerEvent[E]]:
        return self.events()

    def _generate(self) -> Generator[RunnerEvent[E], None, None]:
        loop = self._loop
        while not loop.done:
            start = start_round(loop)
            yield start
            stream, self._opened = self._opened or self._open(start.messages), None
            with stream:
                yield from stream
                completion = getattr(stream, self._final_name)()
            pending, done = handle_round(loop, completion)
            yield done
            if pending:
                results = [call.run() for call in pending]
                loop.record_results(results)
                yield from result_events(done, pending, results)

    def run(self) -> Any:
        """
        Read the run to its end (continuing `events()` if it was started) and return the final
        answer.

        Raises:
            ToolError: `max_rounds` was exceeded, or a tool failed with `raise_on_tool_error`.
        """
        for _ in self.events():
            pass
        return self._loop.final_chat_completion()

    def _ensure_run(self) -> ToolLoop:
        self.run()
        return self._loop

    def close(self) -> None:
        """Stop the run and close the open stream, if any; idempotent."""
        if self._iteration is not None:
            self._iteration.close()
        if self._opened is not None:
            self._opened.close()
            self._opened = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStreamingDriver(Generic[E]):
    """The async twin of `SyncStreamingDriver`."""

    _final_name: ClassVar[str] = "final_completion"
    _loop: ToolLoop
    _started: bool

    def _init_streaming(
        self, open_stream: Callable[[list[dict[str, Any]]], Awaitable[Any]]
    ) -> None:
        self._open = open_stream
        self._opened: Any = None
        self._iteration: AsyncGenerator[RunnerEvent[E], None] | None = None

    async def start(self) -> Self:
        """Send the first request now (so that its errors raise here); return the runner."""
        if self._iteration is None and self._opened is None:
            self._opened = await self._open(self._loop.next_request_messages())
        return self

    def events(self) -> AsyncIterator[RunnerEvent[E]]:
        """Return the iteration over the run's events (see the module docstring)."""
        if self._iteration is None:
            self._started = True
            self._iteration = self._generate()
        return self._iteration

    def __aiter__(self) -> AsyncIterator[RunnerEvent[E]]:
        return self.events()

    async def _generate(self) -> AsyncGenerator[RunnerEvent[E], None]:
        import asyncio

        loop = self._loop
        while not loop.done:
            start = start_round(loop)
            yield start
            stream, self._opened = self._opened or await self._open(start.messages), None
            async with stream:
                async for event in stream:
                    yield event
                completion = await getattr(stream, self._final_name)()
            pending, done = handle_round(loop, completion)
            yield done
            if pending:
                results = await asyncio.gather(*(call.arun() for call in pending))
                loop.record_results(results)
                for event in result_events(done, pending, results):
                    yield event

    async def run(self) -> Any:
        """
        Read the run to its end (continuing `events()` if it was started) and return the final
        answer.

        Raises:
            ToolError: `max_rounds` was exceeded, or a tool failed with `raise_on_tool_error`.
        """
        async for _ in self.events():
            pass
        return self._loop.final_chat_completion()

    async def _ensure_run(self) -> ToolLoop:
        await self.run()
        return self._loop

    async def close(self) -> None:
        """Stop the run and close the open stream, if any; idempotent."""
        if self._iteration is not None:
            await self._iteration.aclose()
        if self._opened is not None:
            await self._opened.close()
            self._opened = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class StreamingToolRunner(SyncStreamingDriver[E], ToolRunner):
    """
    A `ToolRunner` whose rounds stream: iterate `events()` (or the runner itself).

    `events()` returns the one iteration of the run; calling it again continues it rather than
    starting over. Use the runner in a `with` block (or call `close()`) to release an open stream
    when stopping early.
    """

    def __init__(self, open_stream: OpenStream, loop: ToolLoop) -> None:
        """
        Args:
            open_stream: Takes the messages, returns an opened `ChatCompletionEventStream`.
            loop: The loop state to drive.
        """
        super().__init__(lambda messages: open_stream(messages).final_completion(), loop)
        self._init_streaming(open_stream)

    def run(self) -> ChatCompletion:
        """Read every round to the end; return the final chat completion."""
        final: ChatCompletion = super().run()
        return final


class AsyncStreamingToolRunner(AsyncStreamingDriver[E], AsyncToolRunner):
    """
    The async twin of `StreamingToolRunner`: `async for event in runner.events()`.

    A round's tool calls run concurrently (sync tools in worker threads); their
    `tool_call.result` events come in call order.
    """

    def __init__(
        self, open_stream: Callable[[list[dict[str, Any]]], Awaitable[Any]], loop: ToolLoop
    ) -> None:
        """
        Args:
            open_stream: Takes the messages, returns (awaitably) an opened
                `AsyncChatCompletionEventStream`.
            loop: The loop state to drive.
        """

        async def send(messages: list[dict[str, Any]]) -> Any:
            return await (await open_stream(messages)).final_completion()

        super().__init__(send, loop)
        self._init_streaming(open_stream)

    async def run(self) -> ChatCompletion:
        """Read every round to the end; return the final chat completion."""
        final: ChatCompletion = await super().run()
        return final
