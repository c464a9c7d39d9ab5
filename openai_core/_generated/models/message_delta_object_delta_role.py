# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageDeltaObjectDeltaRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageDeltaObjectDeltaRole = Literal["assistant", "user"]

MESSAGE_DELTA_OBJECT_DELTA_ROLE_VALUES: set[MessageDeltaObjectDeltaRole] = {
    "assistant",
    "user",
}


def check_message_delta_object_delta_role(value: str) -> MessageDeltaObjectDeltaRole:
    """Return `value` as `MessageDeltaObjectDeltaRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MessageDeltaObjectDeltaRole, got {value!r}")
    return cast(MessageDeltaObjectDeltaRole, value)
