# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `OutputMessageStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

OutputMessageStatus = Literal["completed", "in_progress", "incomplete"]

OUTPUT_MESSAGE_STATUS_VALUES: set[OutputMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_output_message_status(value: str) -> OutputMessageStatus:
    """Return `value` as `OutputMessageStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for OutputMessageStatus, got {value!r}")
    return cast(OutputMessageStatus, value)
