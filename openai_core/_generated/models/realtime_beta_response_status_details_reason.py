# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseStatusDetailsReason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseStatusDetailsReason = Literal[
    "client_cancelled", "content_filter", "max_output_tokens", "turn_detected"
]

REALTIME_BETA_RESPONSE_STATUS_DETAILS_REASON_VALUES: set[
    RealtimeBetaResponseStatusDetailsReason
] = {
    "client_cancelled",
    "content_filter",
    "max_output_tokens",
    "turn_detected",
}


def check_realtime_beta_response_status_details_reason(
    value: str,
) -> RealtimeBetaResponseStatusDetailsReason:
    """Return `value` as `RealtimeBetaResponseStatusDetailsReason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeBetaResponseStatusDetailsReason, got {value!r}")
    return cast(RealtimeBetaResponseStatusDetailsReason, value)
