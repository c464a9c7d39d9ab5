# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionToolCallResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionToolCallResourceStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_TOOL_CALL_RESOURCE_STATUS_VALUES: set[BetaFunctionToolCallResourceStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_tool_call_resource_status(value: str) -> BetaFunctionToolCallResourceStatus:
    """Return `value` as `BetaFunctionToolCallResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionToolCallResourceStatus, got {value!r}")
    return cast(BetaFunctionToolCallResourceStatus, value)
