# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionToolCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_TOOL_CALL_STATUS_VALUES: set[BetaFunctionToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_tool_call_status(value: str) -> BetaFunctionToolCallStatus:
    """Return `value` as `BetaFunctionToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionToolCallStatus, got {value!r}")
    return cast(BetaFunctionToolCallStatus, value)
