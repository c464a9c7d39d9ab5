# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InputMessageStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InputMessageStatus = Literal["completed", "in_progress", "incomplete"]

INPUT_MESSAGE_STATUS_VALUES: set[InputMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_input_message_status(value: str) -> InputMessageStatus:
    """Return `value` as `InputMessageStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InputMessageStatus, got {value!r}")
    return cast(InputMessageStatus, value)
