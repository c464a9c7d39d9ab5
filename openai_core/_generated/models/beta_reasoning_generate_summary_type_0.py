# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaReasoningGenerateSummaryType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaReasoningGenerateSummaryType0 = Literal["auto", "concise", "detailed"]

BETA_REASONING_GENERATE_SUMMARY_TYPE_0_VALUES: set[BetaReasoningGenerateSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_beta_reasoning_generate_summary_type_0(value: str) -> BetaReasoningGenerateSummaryType0:
    """Return `value` as `BetaReasoningGenerateSummaryType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaReasoningGenerateSummaryType0, got {value!r}")
    return cast(BetaReasoningGenerateSummaryType0, value)
