# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ReasoningSummaryType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ReasoningSummaryType0 = Literal["auto", "concise", "detailed"]

REASONING_SUMMARY_TYPE_0_VALUES: set[ReasoningSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_summary_type_0(value: str) -> ReasoningSummaryType0:
    """Return `value` as `ReasoningSummaryType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ReasoningSummaryType0, got {value!r}")
    return cast(ReasoningSummaryType0, value)
