# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaResponseIncompleteDetailsType0Reason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaResponseIncompleteDetailsType0Reason = Literal["content_filter", "max_output_tokens"]

BETA_RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[
    BetaResponseIncompleteDetailsType0Reason
] = {
    "content_filter",
    "max_output_tokens",
}


def check_beta_response_incomplete_details_type_0_reason(
    value: str,
) -> BetaResponseIncompleteDetailsType0Reason:
    """Return `value` as `BetaResponseIncompleteDetailsType0Reason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaResponseIncompleteDetailsType0Reason, got {value!r}")
    return cast(BetaResponseIncompleteDetailsType0Reason, value)
