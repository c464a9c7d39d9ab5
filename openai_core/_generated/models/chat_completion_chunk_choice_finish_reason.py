# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionChunkChoiceFinishReason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionChunkChoiceFinishReason = Literal[
    "content_filter", "function_call", "length", "stop", "tool_calls"
]

CHAT_COMPLETION_CHUNK_CHOICE_FINISH_REASON_VALUES: set[ChatCompletionChunkChoiceFinishReason] = {
    "content_filter",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_chat_completion_chunk_choice_finish_reason(
    value: str,
) -> ChatCompletionChunkChoiceFinishReason:
    """Return `value` as `ChatCompletionChunkChoiceFinishReason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatCompletionChunkChoiceFinishReason, got {value!r}")
    return cast(ChatCompletionChunkChoiceFinishReason, value)
