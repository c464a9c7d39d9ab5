# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaResponsesClientEventResponseCreateTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaResponsesClientEventResponseCreateTruncationType0 = Literal["auto", "disabled"]

BETA_RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_TRUNCATION_TYPE_0_VALUES: set[
    BetaResponsesClientEventResponseCreateTruncationType0
] = {
    "auto",
    "disabled",
}


def check_beta_responses_client_event_response_create_truncation_type_0(
    value: str,
) -> BetaResponsesClientEventResponseCreateTruncationType0:
    """Return `value` as `BetaResponsesClientEventResponseCreateTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for BetaResponsesClientEventResponseCreateTruncationType0, got {value!r}"
        )
    return cast(BetaResponsesClientEventResponseCreateTruncationType0, value)
