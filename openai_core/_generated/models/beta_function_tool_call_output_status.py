# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionToolCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_TOOL_CALL_OUTPUT_STATUS_VALUES: set[BetaFunctionToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_tool_call_output_status(value: str) -> BetaFunctionToolCallOutputStatus:
    """Return `value` as `BetaFunctionToolCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionToolCallOutputStatus, got {value!r}")
    return cast(BetaFunctionToolCallOutputStatus, value)
