# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionChoiceFinishReason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionChoiceFinishReason = Literal[
    "content_filter", "function_call", "length", "stop", "tool_calls"
]

CHAT_COMPLETION_CHOICE_FINISH_REASON_VALUES: set[ChatCompletionChoiceFinishReason] = {
    "content_filter",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_chat_completion_choice_finish_reason(value: str) -> ChatCompletionChoiceFinishReason:
    """Return `value` as `ChatCompletionChoiceFinishReason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatCompletionChoiceFinishReason, got {value!r}")
    return cast(ChatCompletionChoiceFinishReason, value)
