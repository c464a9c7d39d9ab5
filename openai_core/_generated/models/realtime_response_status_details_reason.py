# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeResponseStatusDetailsReason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeResponseStatusDetailsReason = Literal[
    "client_cancelled", "content_filter", "max_output_tokens", "turn_detected"
]

REALTIME_RESPONSE_STATUS_DETAILS_REASON_VALUES: set[RealtimeResponseStatusDetailsReason] = {
    "client_cancelled",
    "content_filter",
    "max_output_tokens",
    "turn_detected",
}


def check_realtime_response_status_details_reason(
    value: str,
) -> RealtimeResponseStatusDetailsReason:
    """Return `value` as `RealtimeResponseStatusDetailsReason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeResponseStatusDetailsReason, got {value!r}")
    return cast(RealtimeResponseStatusDetailsReason, value)
