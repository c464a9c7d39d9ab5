# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionToolCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_TOOL_CALL_STATUS_VALUES: set[FunctionToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_tool_call_status(value: str) -> FunctionToolCallStatus:
    """Return `value` as `FunctionToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionToolCallStatus, got {value!r}")
    return cast(FunctionToolCallStatus, value)
