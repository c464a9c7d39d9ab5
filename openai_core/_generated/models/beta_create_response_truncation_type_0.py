# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaCreateResponseTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaCreateResponseTruncationType0 = Literal["auto", "disabled"]

BETA_CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES: set[BetaCreateResponseTruncationType0] = {
    "auto",
    "disabled",
}


def check_beta_create_response_truncation_type_0(value: str) -> BetaCreateResponseTruncationType0:
    """Return `value` as `BetaCreateResponseTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaCreateResponseTruncationType0, got {value!r}")
    return cast(BetaCreateResponseTruncationType0, value)
