# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionToolCallResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionToolCallResourceStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_TOOL_CALL_RESOURCE_STATUS_VALUES: set[FunctionToolCallResourceStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_tool_call_resource_status(value: str) -> FunctionToolCallResourceStatus:
    """Return `value` as `FunctionToolCallResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionToolCallResourceStatus, got {value!r}")
    return cast(FunctionToolCallResourceStatus, value)
