# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaOutputMessageStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaOutputMessageStatus = Literal["completed", "in_progress", "incomplete"]

BETA_OUTPUT_MESSAGE_STATUS_VALUES: set[BetaOutputMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_output_message_status(value: str) -> BetaOutputMessageStatus:
    """Return `value` as `BetaOutputMessageStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaOutputMessageStatus, got {value!r}")
    return cast(BetaOutputMessageStatus, value)
