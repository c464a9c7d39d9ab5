# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeResponseStatusDetailsType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeResponseStatusDetailsType = Literal["cancelled", "completed", "failed", "incomplete"]

REALTIME_RESPONSE_STATUS_DETAILS_TYPE_VALUES: set[RealtimeResponseStatusDetailsType] = {
    "cancelled",
    "completed",
    "failed",
    "incomplete",
}


def check_realtime_response_status_details_type(value: str) -> RealtimeResponseStatusDetailsType:
    """Return `value` as `RealtimeResponseStatusDetailsType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeResponseStatusDetailsType, got {value!r}")
    return cast(RealtimeResponseStatusDetailsType, value)
