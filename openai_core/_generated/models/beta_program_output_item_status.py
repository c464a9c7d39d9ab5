# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaProgramOutputItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaProgramOutputItemStatus = Literal["completed", "incomplete"]

BETA_PROGRAM_OUTPUT_ITEM_STATUS_VALUES: set[BetaProgramOutputItemStatus] = {
    "completed",
    "incomplete",
}


def check_beta_program_output_item_status(value: str) -> BetaProgramOutputItemStatus:
    """Return `value` as `BetaProgramOutputItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaProgramOutputItemStatus, got {value!r}")
    return cast(BetaProgramOutputItemStatus, value)
