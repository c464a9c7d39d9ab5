# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeResponseStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeResponseStatus = Literal["cancelled", "completed", "failed", "in_progress", "incomplete"]

REALTIME_RESPONSE_STATUS_VALUES: set[RealtimeResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_realtime_response_status(value: str) -> RealtimeResponseStatus:
    """Return `value` as `RealtimeResponseStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeResponseStatus, got {value!r}")
    return cast(RealtimeResponseStatus, value)
