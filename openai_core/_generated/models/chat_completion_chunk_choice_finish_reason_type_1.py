# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionChunkChoiceFinishReasonType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionChunkChoiceFinishReasonType1 = Literal[
    "content_filter", "function_call", "length", "stop", "tool_calls"
]

CHAT_COMPLETION_CHUNK_CHOICE_FINISH_REASON_TYPE_1_VALUES: set[
    ChatCompletionChunkChoiceFinishReasonType1
] = {
    "content_filter",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_chat_completion_chunk_choice_finish_reason_type_1(
    value: str,
) -> ChatCompletionChunkChoiceFinishReasonType1:
    """Return `value` as `ChatCompletionChunkChoiceFinishReasonType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ChatCompletionChunkChoiceFinishReasonType1, got {value!r}"
        )
    return cast(ChatCompletionChunkChoiceFinishReasonType1, value)
