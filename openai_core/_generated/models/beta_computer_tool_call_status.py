# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaComputerToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaComputerToolCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_COMPUTER_TOOL_CALL_STATUS_VALUES: set[BetaComputerToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_computer_tool_call_status(value: str) -> BetaComputerToolCallStatus:
    """Return `value` as `BetaComputerToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaComputerToolCallStatus, got {value!r}")
    return cast(BetaComputerToolCallStatus, value)
