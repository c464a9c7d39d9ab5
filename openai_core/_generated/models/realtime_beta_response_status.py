# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseStatus = Literal[
    "cancelled", "completed", "failed", "in_progress", "incomplete"
]

REALTIME_BETA_RESPONSE_STATUS_VALUES: set[RealtimeBetaResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_realtime_beta_response_status(value: str) -> RealtimeBetaResponseStatus:
    """Return `value` as `RealtimeBetaResponseStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeBetaResponseStatus, got {value!r}")
    return cast(RealtimeBetaResponseStatus, value)
