# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaResponseStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaResponseStatus = Literal[
    "cancelled", "completed", "failed", "in_progress", "incomplete", "queued"
]

BETA_RESPONSE_STATUS_VALUES: set[BetaResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_beta_response_status(value: str) -> BetaResponseStatus:
    """Return `value` as `BetaResponseStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaResponseStatus, got {value!r}")
    return cast(BetaResponseStatus, value)
