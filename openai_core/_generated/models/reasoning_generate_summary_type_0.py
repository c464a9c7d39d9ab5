# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ReasoningGenerateSummaryType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ReasoningGenerateSummaryType0 = Literal["auto", "concise", "detailed"]

REASONING_GENERATE_SUMMARY_TYPE_0_VALUES: set[ReasoningGenerateSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_generate_summary_type_0(value: str) -> ReasoningGenerateSummaryType0:
    """Return `value` as `ReasoningGenerateSummaryType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ReasoningGenerateSummaryType0, got {value!r}")
    return cast(ReasoningGenerateSummaryType0, value)
