# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaComparisonFilterType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaComparisonFilterType = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]

BETA_COMPARISON_FILTER_TYPE_VALUES: set[BetaComparisonFilterType] = {
    "eq",
    "gt",
    "gte",
    "in",
    "lt",
    "lte",
    "ne",
    "nin",
}


def check_beta_comparison_filter_type(value: str) -> BetaComparisonFilterType:
    """Return `value` as `BetaComparisonFilterType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaComparisonFilterType, got {value!r}")
    return cast(BetaComparisonFilterType, value)
