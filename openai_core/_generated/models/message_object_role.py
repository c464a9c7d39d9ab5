# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageObjectRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageObjectRole = Literal["assistant", "user"]

MESSAGE_OBJECT_ROLE_VALUES: set[MessageObjectRole] = {
    "assistant",
    "user",
}


def check_message_object_role(value: str) -> MessageObjectRole:
    """Return `value` as `MessageObjectRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MessageObjectRole, got {value!r}")
    return cast(MessageObjectRole, value)
