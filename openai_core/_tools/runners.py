"""
Tools: definitions (`@tool`, `ToolDefinition`, `ToolRegistry`), the pure `ToolLoop`, and the
`ToolRunner` / `AsyncToolRunner` shells that drive it.

A runner is given `send`, a callable that takes the full messages list and returns a chat
completion (a dict, or an object with `to_dict()`); the client's builders supply it. The
runners only call `send` and the tools: every decision lives in `ToolLoop`.

Accessors (`messages()`, `final_content()`, ...) run the loop first if `run()` was never called,
so `runner.final_content()` is enough; on `AsyncToolRunner` they are coroutines.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .definition import ToolDefinition, ToolRegistry, encode_result, tool
from .loop import PendingToolCall, ToolCall, ToolLoop, ToolResult, ToolTrace, Usage

if TYPE_CHECKING:
    from .._generated.models.chat_completion import ChatCompletion

__all__ = [
    "AsyncRunnerBase",
    "AsyncToolRunner",
    "PendingToolCall",
    "SyncRunnerBase",
    "ToolCall",
    "ToolDefinition",
    "ToolLoop",
    "ToolRegistry",
    "ToolResult",
    "ToolRunner",
    "ToolTrace",
    "Usage",
    "encode_result",
    "tool",
]


class SyncRunnerBase:
    """Drives a `ToolLoop` with a blocking `send`; the accessors of each API's runner build on it."""

    def __init__(self, send: Callable[[list[dict[str, Any]]], Any], loop: ToolLoop) -> None:
        """
        Args:
            send: Takes the messages (or input items), returns the answer (dict or object with
                to_dict()).
            loop: The loop state to drive.
        """
        self._send = send
        self._loop = loop
        self._started = False

    @property
    def loop(self) -> ToolLoop:
        """The loop state this runner drives."""
        return self._loop

    def run(self) -> ChatCompletion:
        """
        Send and run tools until an answer asks for none; return that answer.

        Raises:
            ToolError: `max_rounds` was exceeded, or a tool failed with `raise_on_tool_error`.
        """
        self._started = True
        while not self._loop.done:
            calls = self._loop.handle(self._send(self._loop.next_request_messages()))
            if calls:
                self._loop.record_results([call.run() for call in calls])
        final: ChatCompletion = self._loop.final_chat_completion()
        return final

    def _ensure_run(self) -> ToolLoop:
        if not self._started:
            self.run()
        return self._loop

    def tool_results(self) -> list[ToolResult]:
        """Return every tool result, in call order."""
        return self._ensure_run().tool_results()


class ToolRunner(SyncRunnerBase):
    """Drive a chat `ToolLoop` with a blocking `send`; tools run one after another in this thread."""

    def messages(self) -> list[dict[str, Any]]:
        """Return every message of the conversation, tool messages included."""
        return self._ensure_run().messages()

    def all_chat_completions(self) -> list[ChatCompletion]:
        """Return every completion received."""
        completions: list[ChatCompletion] = self._ensure_run().all_chat_completions()
        return completions

    def tool_results(self) -> list[ToolResult]:
        """Return every tool result, in call order."""
        return self._ensure_run().tool_results()

    def final_chat_completion(self) -> ChatCompletion:
        """Return the last completion."""
        final: ChatCompletion = self._ensure_run().final_chat_completion()
        return final

    def final_message(self) -> dict[str, Any] | None:
        """Return the last completion's message as a dict."""
        return self._ensure_run().final_message()

    def final_content(self) -> str | None:
        """Return the last completion's text content."""
        return self._ensure_run().final_content()

    def final_function_tool_call(self) -> ToolCall | None:
        """Return the last tool call the model made."""
        return self._ensure_run().final_function_tool_call()

    def final_function_tool_call_result(self) -> str | None:
        """Return the content sent back for the last tool call."""
        return self._ensure_run().final_function_tool_call_result()

    def total_usage(self) -> Usage:
        """Return token usage summed over every completion."""
        usage: Usage = self._ensure_run().total_usage()
        return usage


class AsyncRunnerBase:
    """Drives a `ToolLoop` with an async `send`; a round's tool calls run concurrently."""

    def __init__(
        self, send: Callable[[list[dict[str, Any]]], Awaitable[Any]], loop: ToolLoop
    ) -> None:
        """
        Args:
            send: Takes the messages (or input items), returns (awaitably) the answer.
            loop: The loop state to drive.
        """
        self._send = send
        self._loop = loop
        self._started = False

    @property
    def loop(self) -> ToolLoop:
        """The loop state this runner drives."""
        return self._loop

    async def run(self) -> ChatCompletion:
        """
        Send and run tools until an answer asks for none; return that answer.

        Sync tools run in worker threads so they do not block the event loop; results are
        recorded in call order whatever order the tools finish in.

        Raises:
            ToolError: `max_rounds` was exceeded, or a tool failed with `raise_on_tool_error`.
        """
        self._started = True
        while not self._loop.done:
            calls = self._loop.handle(await self._send(self._loop.next_request_messages()))
            if calls:
                self._loop.record_results(await asyncio.gather(*(c.arun() for c in calls)))
        final: ChatCompletion = self._loop.final_chat_completion()
        return final

    async def _ensure_run(self) -> ToolLoop:
        if not self._started:
            await self.run()
        return self._loop

    async def tool_results(self) -> list[ToolResult]:
        """Return every tool result, in call order."""
        return (await self._ensure_run()).tool_results()


class AsyncToolRunner(AsyncRunnerBase):
    """Drive a chat `ToolLoop` with an async `send`; a round's tool calls run concurrently."""

    async def messages(self) -> list[dict[str, Any]]:
        """Return every message of the conversation, tool messages included."""
        return (await self._ensure_run()).messages()

    async def all_chat_completions(self) -> list[ChatCompletion]:
        """Return every completion received."""
        completions: list[ChatCompletion] = (await self._ensure_run()).all_chat_completions()
        return completions

    async def tool_results(self) -> list[ToolResult]:
        """Return every tool result, in call order."""
        return (await self._ensure_run()).tool_results()

    async def final_chat_completion(self) -> ChatCompletion:
        """Return the last completion."""
        final: ChatCompletion = (await self._ensure_run()).final_chat_completion()
        return final

    async def final_message(self) -> dict[str, Any] | None:
        """Return the last completion's message as a dict."""
        return (await self._ensure_run()).final_message()

    async def final_content(self) -> str | None:
        """Return the last completion's text content."""
        return (await self._ensure_run()).final_content()

    async def final_function_tool_call(self) -> ToolCall | None:
        """Return the last tool call the model made."""
        return (await self._ensure_run()).final_function_tool_call()

    async def final_function_tool_call_result(self) -> str | None:
        """Return the content sent back for the last tool call."""
        return (await self._ensure_run()).final_function_tool_call_result()

    async def total_usage(self) -> Usage:
        """Return token usage summed over every completion."""
        usage: Usage = (await self._ensure_run()).total_usage()
        return usage
