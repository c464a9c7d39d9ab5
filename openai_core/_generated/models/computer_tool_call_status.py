# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ComputerToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ComputerToolCallStatus = Literal["completed", "in_progress", "incomplete"]

COMPUTER_TOOL_CALL_STATUS_VALUES: set[ComputerToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_computer_tool_call_status(value: str) -> ComputerToolCallStatus:
    """Return `value` as `ComputerToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ComputerToolCallStatus, got {value!r}")
    return cast(ComputerToolCallStatus, value)
