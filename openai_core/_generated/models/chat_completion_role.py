# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionRole = Literal["assistant", "developer", "function", "system", "tool", "user"]

CHAT_COMPLETION_ROLE_VALUES: set[ChatCompletionRole] = {
    "assistant",
    "developer",
    "function",
    "system",
    "tool",
    "user",
}


def check_chat_completion_role(value: str) -> ChatCompletionRole:
    """Return `value` as `ChatCompletionRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatCompletionRole, got {value!r}")
    return cast(ChatCompletionRole, value)
