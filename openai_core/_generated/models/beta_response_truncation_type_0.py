# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaResponseTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaResponseTruncationType0 = Literal["auto", "disabled"]

BETA_RESPONSE_TRUNCATION_TYPE_0_VALUES: set[BetaResponseTruncationType0] = {
    "auto",
    "disabled",
}


def check_beta_response_truncation_type_0(value: str) -> BetaResponseTruncationType0:
    """Return `value` as `BetaResponseTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaResponseTruncationType0, got {value!r}")
    return cast(BetaResponseTruncationType0, value)
