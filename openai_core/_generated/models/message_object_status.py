# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageObjectStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageObjectStatus = Literal["completed", "in_progress", "incomplete"]

MESSAGE_OBJECT_STATUS_VALUES: set[MessageObjectStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_message_object_status(value: str) -> MessageObjectStatus:
    """Return `value` as `MessageObjectStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MessageObjectStatus, got {value!r}")
    return cast(MessageObjectStatus, value)
