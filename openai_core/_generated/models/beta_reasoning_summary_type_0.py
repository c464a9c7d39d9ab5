# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaReasoningSummaryType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaReasoningSummaryType0 = Literal["auto", "concise", "detailed"]

BETA_REASONING_SUMMARY_TYPE_0_VALUES: set[BetaReasoningSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_beta_reasoning_summary_type_0(value: str) -> BetaReasoningSummaryType0:
    """Return `value` as `BetaReasoningSummaryType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaReasoningSummaryType0, got {value!r}")
    return cast(BetaReasoningSummaryType0, value)
