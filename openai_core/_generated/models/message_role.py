# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageRole = Literal[
    "assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"
]

MESSAGE_ROLE_VALUES: set[MessageRole] = {
    "assistant",
    "critic",
    "developer",
    "discriminator",
    "system",
    "tool",
    "unknown",
    "user",
}


def check_message_role(value: str) -> MessageRole:
    """Return `value` as `MessageRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MessageRole, got {value!r}")
    return cast(MessageRole, value)
