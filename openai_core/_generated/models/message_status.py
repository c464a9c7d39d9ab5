# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageStatus = Literal["completed", "in_progress", "incomplete"]

MESSAGE_STATUS_VALUES: set[MessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_message_status(value: str) -> MessageStatus:
    """Return `value` as `MessageStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MessageStatus, got {value!r}")
    return cast(MessageStatus, value)
