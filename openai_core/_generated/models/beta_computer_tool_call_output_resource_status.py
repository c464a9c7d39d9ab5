# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaComputerToolCallOutputResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaComputerToolCallOutputResourceStatus = Literal["completed", "in_progress", "incomplete"]

BETA_COMPUTER_TOOL_CALL_OUTPUT_RESOURCE_STATUS_VALUES: set[
    BetaComputerToolCallOutputResourceStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_computer_tool_call_output_resource_status(
    value: str,
) -> BetaComputerToolCallOutputResourceStatus:
    """Return `value` as `BetaComputerToolCallOutputResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaComputerToolCallOutputResourceStatus, got {value!r}")
    return cast(BetaComputerToolCallOutputResourceStatus, value)
