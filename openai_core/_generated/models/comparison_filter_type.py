# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ComparisonFilterType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ComparisonFilterType = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]

COMPARISON_FILTER_TYPE_VALUES: set[ComparisonFilterType] = {
    "eq",
    "gt",
    "gte",
    "in",
    "lt",
    "lte",
    "ne",
    "nin",
}


def check_comparison_filter_type(value: str) -> ComparisonFilterType:
    """Return `value` as `ComparisonFilterType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ComparisonFilterType, got {value!r}")
    return cast(ComparisonFilterType, value)
