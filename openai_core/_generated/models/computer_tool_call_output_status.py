# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ComputerToolCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ComputerToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES: set[ComputerToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_computer_tool_call_output_status(value: str) -> ComputerToolCallOutputStatus:
    """Return `value` as `ComputerToolCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ComputerToolCallOutputStatus, got {value!r}")
    return cast(ComputerToolCallOutputStatus, value)
