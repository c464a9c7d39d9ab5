# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionToolCallOutputResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionToolCallOutputResourceStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES: set[
    BetaFunctionToolCallOutputResourceStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_tool_call_output_resource_status(
    value: str,
) -> BetaFunctionToolCallOutputResourceStatus:
    """Return `value` as `BetaFunctionToolCallOutputResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionToolCallOutputResourceStatus, got {value!r}")
    return cast(BetaFunctionToolCallOutputResourceStatus, value)
