# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaProgramOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaProgramOutputStatus = Literal["completed", "incomplete"]

BETA_PROGRAM_OUTPUT_STATUS_VALUES: set[BetaProgramOutputStatus] = {
    "completed",
    "incomplete",
}


def check_beta_program_output_status(value: str) -> BetaProgramOutputStatus:
    """Return `value` as `BetaProgramOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaProgramOutputStatus, got {value!r}")
    return cast(BetaProgramOutputStatus, value)
