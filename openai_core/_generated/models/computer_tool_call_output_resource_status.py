# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ComputerToolCallOutputResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ComputerToolCallOutputResourceStatus = Literal["completed", "in_progress", "incomplete"]

COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES: set[ComputerToolCallOutputResourceStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_computer_tool_call_output_resource_status(
    value: str,
) -> ComputerToolCallOutputResourceStatus:
    """Return `value` as `ComputerToolCallOutputResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ComputerToolCallOutputResourceStatus, got {value!r}")
    return cast(ComputerToolCallOutputResourceStatus, value)
