"""
The tool loop, without I/O: which messages to send next, which tools to run, what to send back.

A round is: send the messages, receive a completion, run the tool calls it asks for, append one
tool message per call in the order the model made the calls. The loop ends when a completion asks
for no tools. `max_rounds` bounds the number of rounds of tool calls: a completion that asks for
tools after `max_rounds` rounds have run raises `ToolError` (so at most `max_rounds + 1`
completions are requested).

A tool that raises, a call to an unknown tool, or arguments that do not parse become a tool
message `{"error": "..."}` so that the model can correct itself, unless `raise_on_tool_error` is
set, in which case `ToolError` is raised with the tool's name and the trace so far.

The loop is shared by chat completions and the Responses API through a `LoopShape`: how to read
an answer's calls and usage, what goes into the conversation for the answer and for each result,
and what the next request sends. `CHAT_SHAPE` keeps chat `messages`; `ResponsesShape` keeps the
Responses `input` items (the answer's output items, then one `function_call_output` per call) and,
for stored responses, sends only the new items with `previous_response_id`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import attrs

from .._exceptions import InvalidConfigError, ResponseValidationError, ToolError
from .._structured.parsing import as_dict, first_choice
from .definition import ToolDefinition, ToolRegistry, encode_result

__all__ = [
    "CHAT_SHAPE",
    "LoopShape",
    "PendingToolCall",
    "ResponsesShape",
    "ResponsesUsage",
    "ToolCall",
    "ToolLoop",
    "ToolResult",
    "ToolTrace",
    "Usage",
]


@attrs.frozen
class ToolCall:
    """
    One function call the model asked for.

    Attributes:
        id: The call id, echoed in the tool message that answers it.
        name: The tool's name.
        arguments: The arguments as the JSON text the model wrote.
    """

    id: str
    name: str
    arguments: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ToolCall:
        """Read a `tool_calls` entry of an assistant message."""
        function = data.get("function") or {}
        return cls(
            id=str(data.get("id") or ""),
            name=str(function.get("name") or ""),
            arguments=str(function.get("arguments") or ""),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the `tool_calls` entry for this call."""
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": self.arguments},
        }


@attrs.frozen
class ToolResult:
    """
    What running one tool call produced.

    Attributes:
        tool_call_id: The id of the call answered.
        name: The tool's name.
        content: The tool message content sent back to the model.
        value: The tool's return value (None on error).
        error: The error description sent to the model, or None on success.
        exception: The exception behind the error, if one was raised.
    """

    tool_call_id: str
    name: str
    content: str
    value: Any = None
    error: str | None = None
    exception: BaseException | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def is_error(self) -> bool:
        """Whether the call failed."""
        return self.error is not None

    @classmethod
    def success(cls, call: ToolCall, value: Any) -> ToolResult:
        """Record a tool's return value, encoding it for the model."""
        try:
            content = encode_result(value)
        except (TypeError, ValueError) as exc:
            return cls.failure(call, f"The tool's result cannot be JSON-encoded: {exc}", exc)
        return cls(tool_call_id=call.id, name=call.name, content=content, value=value)

    @classmethod
    def failure(
        cls, call: ToolCall, error: str, exception: BaseException | None = None
    ) -> ToolResult:
        """Record a failed call; the model receives `{"error": error}`."""
        return cls(
            tool_call_id=call.id,
            name=call.name,
            content=json.dumps({"error": error}, ensure_ascii=False),
            error=error,
            exception=exception,
        )


@attrs.frozen
class Usage:
    """Token counts summed over every completion of a run."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def add(self, usage: Any) -> Usage:
        """Return the sum of this and a completion's `usage` dict (None counts as zero)."""
        usage = usage if isinstance(usage, dict) else {}
        return Usage(
            prompt_tokens=self.prompt_tokens + int(usage.get("prompt_tokens") or 0),
            completion_tokens=self.completion_tokens + int(usage.get("completion_tokens") or 0),
            total_tokens=self.total_tokens + int(usage.get("total_tokens") or 0),
        )

    def to_dict(self) -> dict[str, int]:
        """Return the counts as a `usage`-shaped dict."""
        return attrs.asdict(self)


@attrs.frozen
class ResponsesUsage:
    """Token counts summed over every response of a Responses API run."""

    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0

    def add(self, usage: Any) -> ResponsesUsage:
        """Return the sum of this and a response's `usage` dict (None counts as zero)."""
        usage = usage if isinstance(usage, dict) else {}
        return ResponsesUsage(
            input_tokens=self.input_tokens + int(usage.get("input_tokens") or 0),
            output_tokens=self.output_tokens + int(usage.get("output_tokens") or 0),
            total_tokens=self.total_tokens + int(usage.get("total_tokens") or 0),
        )

    def to_dict(self) -> dict[str, int]:
        """Return the counts as a `usage`-shaped dict."""
        return attrs.asdict(self)


@attrs.frozen
class ToolTrace:
    """What a run did up to an error: attached to `ToolError.trace`."""

    messages: list[dict[str, Any]]
    completions: list[Any]
    tool_results: list[ToolResult]


@attrs.define(eq=False)
class PendingToolCall:
    """
    A tool call ready to run: the shells call `run()` or `arun()` and hand the results back.

    Attributes:
        call: The model's call.
        tool: The tool to run, or None when the call already failed.
        bound: The parsed arguments (see `ToolDefinition.bind`).
        error: Why the call cannot run (unknown tool, bad arguments), or None.
    """

    call: ToolCall
    tool: ToolDefinition | None = None
    bound: Any = None
    error: str | None = None
    exception: BaseException | None = None

    def run(self) -> ToolResult:
        """Run the tool in this thread; an exception becomes an error result."""
        if self.tool is None:
            return ToolResult.failure(self.call, self.error or "", self.exception)
        try:
            value = self.tool.invoke(self.bound)
        except Exception as exc:  # a failing tool is reported to the model, not to the caller
            return _raised(self.call, exc)
        return ToolResult.success(self.call, value)

    async def arun(self) -> ToolResult:
        """Run the tool on the event loop (sync tools in a worker thread)."""
        if self.tool is None:
            return ToolResult.failure(self.call, self.error or "", self.exception)
        try:
            value = await self.tool.ainvoke(self.bound)
        except Exception as exc:  # a failing tool is reported to the model, not to the caller
            return _raised(self.call, exc)
        return ToolResult.success(self.call, value)


def _raised(call: ToolCall, exc: Exception) -> ToolResult:
    return ToolResult.failure(call, f"Tool {call.name!r} raised {type(exc).__name__}: {exc}", exc)


def _assistant_message(message: dict[str, Any], calls: list[ToolCall]) -> dict[str, Any]:
    out: dict[str, Any] = {"role": "assistant", "content": message.get("content")}
    if calls:
        out["tool_calls"] = [call.to_dict() for call in calls]
    return out


class LoopShape(Protocol):
    """How one API's answers and requests look to the tool loop."""

    def usage(self) -> Any:
        """Return the zero usage total (`Usage` or `ResponsesUsage`)."""

    def calls(self, data: dict[str, Any]) -> list[ToolCall]:
        """Return the function calls an answer asks for, in the model's order."""

    def answer_items(self, data: dict[str, Any], calls: list[ToolCall]) -> list[dict[str, Any]]:
        """Return what the answer adds to the conversation."""

    def result_item(self, result: ToolResult) -> dict[str, Any]:
        """Return what a tool result adds to the conversation."""

    def request_items(
        self, conversation: list[dict[str, Any]], new_since: int, last: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        """Return the conversation part the next request sends (`new_since`: first new item)."""

    def request_fields(self, last: dict[str, Any] | None) -> dict[str, Any]:
        """Return other body fields the next request sets (`previous_response_id`)."""


class _ChatShape:
    def usage(self) -> Usage:
        return Usage()

    def calls(self, data: dict[str, Any]) -> list[ToolCall]:
        message = first_choice(data).get("message") or {}
        return [ToolCall.from_dict(c) for c in message.get("tool_calls") or []]

    def answer_items(self, data: dict[str, Any], calls: list[ToolCall]) -> list[dict[str, Any]]:
        return [_assistant_message(first_choice(data).get("message") or {}, calls)]

    def result_item(self, result: ToolResult) -> dict[str, Any]:
        return {"role": "tool", "tool_call_id": result.tool_call_id, "content": result.content}

    def request_items(
        self, conversation: list[dict[str, Any]], new_since: int, last: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        return conversation

    def request_fields(self, last: dict[str, Any] | None) -> dict[str, Any]:
        return {}


class ResponsesShape:
    """
    The Responses API: `function_call` output items run; results go back as
    `function_call_output` items with the call's `call_id`.

    Args:
        stored: The responses are stored (`store` not false): the next request sends only the
            results, with `previous_response_id`; else it sends the whole input so far.
    """

    def __init__(self, *, stored: bool) -> None:
        self.stored = stored

    def usage(self) -> ResponsesUsage:
        return ResponsesUsage()

    def calls(self, data: dict[str, Any]) -> list[ToolCall]:
        return [
            ToolCall(
                id=str(item.get("call_id") or ""),
                name=str(item.get("name") or ""),
                arguments=str(item.get("arguments") or ""),
            )
            for item in data.get("output") or []
            if isinstance(item, dict) and item.get("type") == "function_call"
        ]

    def answer_items(self, data: dict[str, Any], calls: list[ToolCall]) -> list[dict[str, Any]]:
        return [dict(item) for item in data.get("output") or [] if isinstance(item, dict)]

    def result_item(self, result: ToolResult) -> dict[str, Any]:
        return {
            "type": "function_call_output",
            "call_id": result.tool_call_id,
            "output": result.content,
        }

    def request_items(
        self, conversation: list[dict[str, Any]], new_since: int, last: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        if self.stored and last is not None and last.get("id"):
            return conversation[new_since:]
        return conversation

    def request_fields(self, last: dict[str, Any] | None) -> dict[str, Any]:
        if self.stored and last is not None and last.get("id"):
            return {"previous_response_id": last["id"]}
        return {}


CHAT_SHAPE: LoopShape = _ChatShape()


class ToolLoop:
    """The state of a tool-calling conversation; does no I/O."""

    def __init__(
        self,
        messages: Iterable[dict[str, Any]],
        registry: ToolRegistry | Iterable[Any],
        *,
        max_rounds: int = 8,
        raise_on_tool_error: bool = False,
        shape: LoopShape = CHAT_SHAPE,
    ) -> None:
        """
        Args:
            messages: The conversation so far (copied): chat messages or Responses input items.
            registry: The tools, as a registry or an iterable of definitions/functions.
            max_rounds: How many rounds of tool calls may run before the loop gives up.
            raise_on_tool_error: Raise ToolError instead of sending tool errors to the model.
            shape: The API's shape (`CHAT_SHAPE` or a `ResponsesShape`).

        Raises:
            InvalidConfigError: `max_rounds` is below 1.
        """
        if max_rounds < 1:
            raise InvalidConfigError(f"Expected max_rounds >= 1, got {max_rounds!r}.")
        self.registry = registry if isinstance(registry, ToolRegistry) else ToolRegistry(registry)
        self.max_rounds = max_rounds
        self.raise_on_tool_error = raise_on_tool_error
        self.shape = shape
        self.rounds = 0
        self.done = False
        self._messages = [dict(m) for m in messages]
        self._new_since = 0  # index of the first item the last answer did not bring
        self._completions: list[Any] = []
        self._completion_dicts: list[dict[str, Any]] = []
        self._results: list[ToolResult] = []
        self._usage: Any = shape.usage()
        self._pending: list[PendingToolCall] = []

    def next_request_messages(self) -> list[dict[str, Any]]:
        """
        Return the messages (or Responses input items) to send in the next request.

        Raises:
            ToolError: Tool calls are waiting for results, or the loop is already done.
        """
        if self._pending:
            raise ToolError("Record the pending tool results before the next request.")
        if self.done:
            raise ToolError("The tool loop is done: the last completion asked for no tools.")
        return list(self.shape.request_items(self._messages, self._new_since, self._last()))

    def next_request_fields(self) -> dict[str, Any]:
        """Return the other body fields of the next request (`previous_response_id`)."""
        return self.shape.request_fields(self._last())

    def _last(self) -> dict[str, Any] | None:
        return self._completion_dicts[-1] if self._completion_dicts else None

    def handle(self, completion: Any) -> list[PendingToolCall]:
        """
        Record a completion and return the tool calls to run (an empty list ends the loop).

        Raises:
            ToolError: The model asked for tools after `max_rounds` rounds; or, with
                `raise_on_tool_error`, a call names an unknown tool or has bad arguments.
            ResponseValidationError: The completion has no choices.
        """
        data = as_dict(completion)
        self._completions.append(completion)
        self._completion_dicts.append(data)
        self._usage = self._usage.add(data.get("usage"))
        calls = self.shape.calls(data)
        self._messages.extend(self.shape.answer_items(data, calls))
        self._new_since = len(self._messages)
        if not calls:
            self.done = True
            return []
        if self.rounds >= self.max_rounds:
            raise ToolError(
                f"The model asked for tools again after {self.rounds} rounds (max_rounds="
                f"{self.max_rounds}); raise max_rounds or change the prompt.",
                trace=self.trace(),
            )
        self.rounds += 1
        self._pending = [self._prepare(call) for call in calls]
        return list(self._pending)

    def _prepare(self, call: ToolCall) -> PendingToolCall:
        if call.name not in self.registry:
            error = f"Tool {call.name!r} is not registered; known tools: {self.registry.names()}."
            return self._unrunnable(call, error, None)
        definition = self.registry.get(call.name)
        try:
            bound = definition.bind(call.arguments)
        except ResponseValidationError as exc:
            return self._unrunnable(call, f"Invalid arguments for tool {call.name!r}: {exc}", exc)
        return PendingToolCall(call=call, tool=definition, bound=bound)

    def _unrunnable(self, call: ToolCall, error: str, exc: BaseException | None) -> PendingToolCall:
        if self.raise_on_tool_error:
            self._pending = []
            raise ToolError(error, tool_name=call.name, trace=self.trace()) from exc
        return PendingToolCall(call=call, error=error, exception=exc)

    def record_results(self, results: Sequence[ToolResult]) -> None:
        """
        Append one tool message per pending call, in the order the model made the calls.

        Raises:
            ToolError: A pending call has no result; or, with `raise_on_tool_error`, a tool
                failed (after its result was recorded, so the trace shows it).
        """
        unused = list(results)
        ordered: list[ToolResult] = []
        for pending in self._pending:
            match = next((r for r in unused if r.tool_call_id == pending.call.id), None)
            if match is None:
                raise ToolError(
                    f"No result for tool call {pending.call.id!r} ({pending.call.name!r}).",
                    tool_name=pending.call.name,
                    trace=self.trace(),
                )
            unused.remove(match)
            ordered.append(match)
        self._pending = []
        for result in ordered:
            self._results.append(result)
            self._messages.append(self.shape.result_item(result))
        failed = next((r for r in ordered if r.is_error), None)
        if failed is not None and self.raise_on_tool_error:
            raise ToolError(
                failed.error or "", tool_name=failed.name, trace=self.trace()
            ) from failed.exception

    @property
    def completion_count(self) -> int:
        """How many completions the loop has received (the index of the next request)."""
        return len(self._completions)

    def trace(self) -> ToolTrace:
        """Return a snapshot of the messages, completions and tool results so far."""
        return ToolTrace(list(self._messages), list(self._completions), list(self._results))

    def messages(self) -> list[dict[str, Any]]:
        """Return every message of the conversation, tool messages included."""
        return list(self._messages)

    def all_chat_completions(self) -> list[Any]:
        """Return every completion received, as received."""
        return list(self._completions)

    def tool_results(self) -> list[ToolResult]:
        """Return every tool result, in call order."""
        return list(self._results)

    def final_chat_completion(self) -> Any:
        """Return the last completion received, or None."""
        return self._completions[-1] if self._completions else None

    def final_message(self) -> dict[str, Any] | None:
        """Return the message of the last completion, as a dict, or None."""
        if not self._completion_dicts:
            return None
        message = first_choice(self._completion_dicts[-1]).get("message")
        return message if isinstance(message, dict) else None

    def final_content(self) -> str | None:
        """Return the text content of the last completion's message, or None."""
        message = self.final_message()
        content = message.get("content") if message else None
        return content if isinstance(content, str) else None

    def final_function_tool_call(self) -> ToolCall | None:
        """Return the last tool call the model made, or None."""
        for message in reversed(self._messages):
            if message.get("role") == "assistant" and message.get("tool_calls"):
                return ToolCall.from_dict(message["tool_calls"][-1])
        return None

    def final_function_tool_call_result(self) -> str | None:
        """Return the content sent back for the last tool call, or None."""
        return self._results[-1].content if self._results else None

    def total_usage(self) -> Any:
        """Return token usage summed over every answer (`Usage`, or `ResponsesUsage`)."""
        return self._usage
