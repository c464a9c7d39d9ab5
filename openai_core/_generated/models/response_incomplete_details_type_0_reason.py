# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponseIncompleteDetailsType0Reason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponseIncompleteDetailsType0Reason = Literal["content_filter", "max_output_tokens"]

RESPONSE_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[ResponseIncompleteDetailsType0Reason] = {
    "content_filter",
    "max_output_tokens",
}


def check_response_incomplete_details_type_0_reason(
    value: str,
) -> ResponseIncompleteDetailsType0Reason:
    """Return `value` as `ResponseIncompleteDetailsType0Reason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ResponseIncompleteDetailsType0Reason, got {value!r}")
    return cast(ResponseIncompleteDetailsType0Reason, value)
