"""
Tool runners over the Responses API: the same pure `ToolLoop` as chat, with a `ResponsesShape`.

`function_call` output items run (a round's calls concurrently on the async runner, results in
call order) and go back as `function_call_output` items with their `call_id`; stored responses
continue with `previous_response_id`, others resend the whole input. The streaming runners yield,
per round, `round.start`, every Responses stream event (dicts with a `type`), `round.done` and one
`tool_call.result` per call, exactly as the chat streaming runners do.

Accessors run the loop first if it has not run: `final_response()`, `final_output_text()`,
`responses()`, `input_items()`, `tool_results()`, `total_usage()`, `final_function_tool_call()`,
`final_function_tool_call_result()` (on the async runners they are coroutines).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from .._model_extras import response_output_text
from .._structured.parsing import as_dict
from .loop import ResponsesUsage, ToolCall, ToolLoop
from .runners import AsyncRunnerBase, SyncRunnerBase
from .streaming_runners import AsyncStreamingDriver, SyncStreamingDriver

__all__ = [
    "AsyncResponsesStreamingToolRunner",
    "AsyncResponsesToolRunner",
    "ResponsesStreamingToolRunner",
    "ResponsesToolRunner",
]


def _output_text(loop: ToolLoop) -> str:
    final = loop.final_chat_completion()
    return "" if final is None else response_output_text(as_dict(final).get("output"))


def _last_call(loop: ToolLoop) -> ToolCall | None:
    for item in reversed(loop.messages()):
        if item.get("type") == "function_call":
            return loop.shape.calls({"output": [item]})[0]
    return None


class ResponsesToolRunner(SyncRunnerBase):
    """Drive a Responses `ToolLoop` with a blocking `send`; tools run one after another."""

    def responses(self) -> list[Any]:
        """Return every response received, as received."""
        return self._ensure_run().all_chat_completions()

    def final_response(self) -> Any:
        """Return the last response (the one that asked for no tools)."""
        return self._ensure_run().final_chat_completion()

    def final_output_text(self) -> str:
        """Return the last response's text (its `output_text`)."""
        return _output_text(self._ensure_run())

    def input_items(self) -> list[dict[str, Any]]:
        """Return the whole conversation as input items: input, outputs and call outputs."""
        return self._ensure_run().messages()

    def final_function_tool_call(self) -> ToolCall | None:
        """Return the last function call the model made (its `id` is the `call_id`), or None."""
        return _last_call(self._ensure_run())

    def final_function_tool_call_result(self) -> str | None:
        """Return the output sent back for the last function call, or None."""
        return self._ensure_run().final_function_tool_call_result()

    def total_usage(self) -> ResponsesUsage:
        """Return input, output and total tokens summed over every response."""
        usage: ResponsesUsage = self._ensure_run().total_usage()
        return usage


class AsyncResponsesToolRunner(AsyncRunnerBase):
    """Async twin of ResponsesToolRunner: a round's tool calls run concurrently."""

    async def responses(self) -> list[Any]:
        """Return every response received, as received."""
        return (await self._ensure_run()).all_chat_completions()

    async def final_response(self) -> Any:
        """Return the last response (the one that asked for no tools)."""
        return (await self._ensure_run()).final_chat_completion()

    async def final_output_text(self) -> str:
        """Return the last response's text (its `output_text`)."""
        return _output_text(await self._ensure_run())

    async def input_items(self) -> list[dict[str, Any]]:
        """Return the whole conversation as input items: input, outputs and call outputs."""
        return (await self._ensure_run()).messages()

    async def final_function_tool_call(self) -> ToolCall | None:
        """Return the last function call the model made (its `id` is the `call_id`), or None."""
        return _last_call(await self._ensure_run())

    async def final_function_tool_call_result(self) -> str | None:
        """Return the output sent back for the last function call, or None."""
        return (await self._ensure_run()).final_function_tool_call_result()

    async def total_usage(self) -> ResponsesUsage:
        """Return input, output and total tokens summed over every response."""
        usage: ResponsesUsage = (await self._ensure_run()).total_usage()
        return usage


class ResponsesStreamingToolRunner(SyncStreamingDriver[dict[str, Any]], ResponsesToolRunner):
    """
    A ResponsesToolRunner whose rounds stream: iterate `events()` (or the runner itself); use it
    in a `with` block (or call `close()`) to release an open stream when stopping early.
    """

    _final_name: ClassVar[str] = "final_response"

    def __init__(self, open_stream: Callable[[list[dict[str, Any]]], Any], loop: ToolLoop) -> None:
        """
        Args:
            open_stream: Takes the input items, returns an opened `ResponseStream`.
            loop: The loop state to drive.
        """
        super().__init__(lambda items: open_stream(items).final_response(), loop)
        self._init_streaming(open_stream)


class AsyncResponsesStreamingToolRunner(
    AsyncStreamingDriver[dict[str, Any]], AsyncResponsesToolRunner
):
    """The async twin of ResponsesStreamingToolRunner: `async for event in runner.events()`."""

    _final_name: ClassVar[str] = "final_response"

    def __init__(
        self, open_stream: Callable[[list[dict[str, Any]]], Awaitable[Any]], loop: ToolLoop
    ) -> None:
        """
        Args:
            open_stream: Takes the input items, returns (awaitably) an opened
                `AsyncResponseStream`.
            loop: The loop state to drive.
        """

        async def send(items: list[dict[str, Any]]) -> Any:
            return await (await open_stream(items)).final_response()

        super().__init__(send, loop)
        self._init_streaming(open_stream)
