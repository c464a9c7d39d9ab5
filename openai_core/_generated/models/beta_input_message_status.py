# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaInputMessageStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaInputMessageStatus = Literal["completed", "in_progress", "incomplete"]

BETA_INPUT_MESSAGE_STATUS_VALUES: set[BetaInputMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_input_message_status(value: str) -> BetaInputMessageStatus:
    """Return `value` as `BetaInputMessageStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaInputMessageStatus, got {value!r}")
    return cast(BetaInputMessageStatus, value)
