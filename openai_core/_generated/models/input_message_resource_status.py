# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InputMessageResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InputMessageResourceStatus = Literal["completed", "in_progress", "incomplete"]

INPUT_MESSAGE_RESOURCE_STATUS_VALUES: set[InputMessageResourceStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_input_message_resource_status(value: str) -> InputMessageResourceStatus:
    """Return `value` as `InputMessageResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InputMessageResourceStatus, got {value!r}")
    return cast(InputMessageResourceStatus, value)
