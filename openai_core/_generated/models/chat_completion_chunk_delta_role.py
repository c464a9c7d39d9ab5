# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionChunkDeltaRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionChunkDeltaRole = Literal["assistant", "developer", "system", "tool", "user"]

CHAT_COMPLETION_CHUNK_DELTA_ROLE_VALUES: set[ChatCompletionChunkDeltaRole] = {
    "assistant",
    "developer",
    "system",
    "tool",
    "user",
}


def check_chat_completion_chunk_delta_role(value: str) -> ChatCompletionChunkDeltaRole:
    """Return `value` as `ChatCompletionChunkDeltaRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatCompletionChunkDeltaRole, got {value!r}")
    return cast(ChatCompletionChunkDeltaRole, value)
