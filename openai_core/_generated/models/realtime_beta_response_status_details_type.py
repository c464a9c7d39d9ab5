# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseStatusDetailsType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseStatusDetailsType = Literal["cancelled", "completed", "failed", "incomplete"]

REALTIME_BETA_RESPONSE_STATUS_DETAILS_TYPE_VALUES: set[RealtimeBetaResponseStatusDetailsType] = {
    "cancelled",
    "completed",
    "failed",
    "incomplete",
}


def check_realtime_beta_response_status_details_type(
    value: str,
) -> RealtimeBetaResponseStatusDetailsType:
    """Return `value` as `RealtimeBetaResponseStatusDetailsType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeBetaResponseStatusDetailsType, got {value!r}")
    return cast(RealtimeBetaResponseStatusDetailsType, value)
