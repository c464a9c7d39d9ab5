"""
Re-asking: when the model's structured answer does not fit the type, tell it what was wrong and
ask again, a bounded number of times. Pure: the parse builders' shells only send.

A re-ask appends the model's answer to the conversation and then the validation error: as a user
message when the answer was message content, or as the tool message of each tool call when the
answer came from a typed tool's arguments (the API wants every call answered before the next
turn). Refusals and `length` / `content_filter` finish reasons are never re-asked: they raise at
once, as does a completion without choices.

The loop is shared by chat completions and the Responses API through a small `ReaskShape`: how
to parse an answer and what to add to the conversation (chat `messages`, or Responses `input`
items) to re-ask. `CHAT` and `RESPONSES` are the two shapes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from .._exceptions import InvalidConfigError, ResponseValidationError
from .parsing import as_dict, first_choice, parse_completion, parse_response, response_answer

if TYPE_CHECKING:
    from .parsing import TypedTools

__all__ = ["CHAT", "RESPONSES", "ReaskLoop", "ReaskShape", "reask_text"]


def reask_text(error: ResponseValidationError) -> str:
    """Return the message telling the model why its answer was rejected."""
    return (
        f"Your previous answer was rejected: at {error.path}: {error}\n"
        "Answer again with JSON that matches the required schema exactly."
    )


class ReaskShape(Protocol):
    """What the re-ask loop needs to know about one API's answers."""

    def check(self, completion: Any) -> None:
        """Raise for an answer that must never be re-asked (a completion without choices)."""

    def parse(self, tp: Any, completion: Any, tools: TypedTools | None) -> Any:
        """Return the parsed answer, or raise (ResponseValidationError is re-asked)."""

    def reask_items(
        self, completion: Any, error: ResponseValidationError, tools: TypedTools | None
    ) -> list[dict[str, Any]]:
        """Return what to add to the conversation to re-ask after `error`."""


class _ChatShape:
    def check(self, completion: Any) -> None:
        first_choice(as_dict(completion))

    def parse(self, tp: Any, completion: Any, tools: TypedTools | None) -> Any:
        return parse_completion(tp, completion, tools=tools)

    def reask_items(
        self, completion: Any, error: ResponseValidationError, tools: TypedTools | None
    ) -> list[dict[str, Any]]:
        message = first_choice(as_dict(completion)).get("message") or {}
        return _reask_messages(message, error, _typed_call(message, tools))


class _ResponsesShape:
    def check(self, completion: Any) -> None:
        as_dict(completion)

    def parse(self, tp: Any, completion: Any, tools: TypedTools | None) -> Any:
        return parse_response(tp, completion, tools=tools)

    def reask_items(
        self, completion: Any, error: ResponseValidationError, tools: TypedTools | None
    ) -> list[dict[str, Any]]:
        # The answer's output items go back as input, then the error: as the output of every
        # function call when the answer came from a typed tool, else as a user message.
        data = as_dict(completion)
        output = [dict(item) for item in data.get("output") or [] if isinstance(item, dict)]
        text = reask_text(error)
        found = response_answer(data, tools)
        if found is None or found[0] != "tool":
            return [*output, {"role": "user", "content": text}]
        ignored = "Not read: only the first function call is used as the answer."
        calls = [item for item in output if item.get("type") == "function_call"]
        answers = [
            {
                "type": "function_call_output",
                "call_id": str(call.get("call_id") or ""),
                "output": text if index == 0 else ignored,
            }
            for index, call in enumerate(calls)
        ]
        return [*output, *answers]


CHAT: ReaskShape = _ChatShape()
RESPONSES: ReaskShape = _ResponsesShape()


class ReaskLoop:
    """
    The state of a parse with re-asks; does no I/O.

    Use: send `next_request_messages()` (None on the first attempt: send the request as built),
    pass the completion to `handle()`; it returns the parsed completion, or None when a re-ask
    is due (then send again).
    """

    def __init__(
        self,
        response_type: Any,
        messages: Iterable[dict[str, Any]],
        *,
        max_reasks: int = 0,
        tools: TypedTools | None = None,
        shape: ReaskShape = CHAT,
    ) -> None:
        """
        Args:
            response_type: The type of the answer (see `parse_completion`).
            messages: The conversation as first sent (copied).
            max_reasks: How many times to ask again after an invalid answer.
            tools: Typed tools whose arguments may carry the answer.
            shape: The API's shape: `CHAT` (messages) or `RESPONSES` (input items).

        Raises:
            InvalidConfigError: `max_reasks` is negative.
        """
        if max_reasks < 0:
            raise InvalidConfigError(f"Expected max_reasks >= 0, got {max_reasks!r}.")
        self.response_type = response_type
        self.max_reasks = max_reasks
        self.tools = tools
        self.shape = shape
        self.reasks = 0
        self.errors: list[ResponseValidationError] = []
        self._messages = [dict(m) for m in messages]

    def next_request_messages(self) -> list[dict[str, Any]] | None:
        """Return the messages of the next request; None before the first re-ask."""
        return list(self._messages) if self.reasks else None

    def messages(self) -> list[dict[str, Any]]:
        """Return the conversation so far, re-ask messages included."""
        return list(self._messages)

    def handle(self, completion: Any) -> Any:
        """
        Parse a completion; return it parsed (ParsedChatCompletion or ParsedResponse), or None
        after queueing a re-ask.

        Raises:
            ResponseValidationError: The answer does not fit and no re-ask is left (the error of
                the last answer), or the completion has no choices.
            RefusalError, LengthFinishReasonError, ContentFilterFinishReasonError: As
                `parse_completion` / `parse_response` raise them; never re-asked.
        """
        self.shape.check(completion)
        try:
            return self.shape.parse(self.response_type, completion, self.tools)
        except ResponseValidationError as exc:
            self.errors.append(exc)
            if self.reasks >= self.max_reasks:
                raise
            self.reasks += 1
            self._messages.extend(self.shape.reask_items(completion, exc, self.tools))
            return None


def _typed_call(message: dict[str, Any], tools: TypedTools | None) -> bool:
    calls = message.get("tool_calls") or []
    if tools is None or not calls or not isinstance(calls[0], dict):
        return False
    name = (calls[0].get("function") or {}).get("name")
    return name in tools and tools.get(str(name)).arguments_type is not None


def _reask_messages(
    message: dict[str, Any], error: ResponseValidationError, via_tool: bool
) -> list[dict[str, Any]]:
    text = reask_text(error)
    assistant: dict[str, Any] = {"role": "assistant", "content": message.get("content")}
    if not via_tool:
        return [assistant, {"role": "user", "content": text}]
    calls = [c for c in message.get("tool_calls") or [] if isinstance(c, dict)]
    assistant["tool_calls"] = calls
    # Only the first call is read as the answer; the others are answered so the turn is whole.
    ignored = "Not read: only the first tool call is used as the answer."
    answers = [
        {"role": "tool", "tool_call_id": str(call.get("id") or ""), "content": ignored}
        for call in calls
    ]
    answers[0]["content"] = text
    return [assistant, *answers]
