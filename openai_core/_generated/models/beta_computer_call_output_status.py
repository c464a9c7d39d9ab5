# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaComputerCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaComputerCallOutputStatus = Literal["completed", "failed", "incomplete"]

BETA_COMPUTER_CALL_OUTPUT_STATUS_VALUES: set[BetaComputerCallOutputStatus] = {
    "completed",
    "failed",
    "incomplete",
}


def check_beta_computer_call_output_status(value: str) -> BetaComputerCallOutputStatus:
    """Return `value` as `BetaComputerCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaComputerCallOutputStatus, got {value!r}")
    return cast(BetaComputerCallOutputStatus, value)
