# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMessageStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMessageStatus = Literal["completed", "in_progress", "incomplete"]

BETA_MESSAGE_STATUS_VALUES: set[BetaMessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_message_status(value: str) -> BetaMessageStatus:
    """Return `value` as `BetaMessageStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMessageStatus, got {value!r}")
    return cast(BetaMessageStatus, value)
