# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionToolCallOutputResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionToolCallOutputResourceStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES: set[FunctionToolCallOutputResourceStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_tool_call_output_resource_status(
    value: str,
) -> FunctionToolCallOutputResourceStatus:
    """Return `value` as `FunctionToolCallOutputResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionToolCallOutputResourceStatus, got {value!r}")
    return cast(FunctionToolCallOutputResourceStatus, value)
