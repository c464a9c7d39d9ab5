# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionToolCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES: set[FunctionToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_tool_call_output_status(value: str) -> FunctionToolCallOutputStatus:
    """Return `value` as `FunctionToolCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionToolCallOutputStatus, got {value!r}")
    return cast(FunctionToolCallOutputStatus, value)
