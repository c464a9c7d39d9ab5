# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaComputerToolCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaComputerToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

BETA_COMPUTER_TOOL_CALL_OUTPUT_STATUS_VALUES: set[BetaComputerToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_computer_tool_call_output_status(value: str) -> BetaComputerToolCallOutputStatus:
    """Return `value` as `BetaComputerToolCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaComputerToolCallOutputStatus, got {value!r}")
    return cast(BetaComputerToolCallOutputStatus, value)
