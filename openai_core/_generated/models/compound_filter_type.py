# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CompoundFilterType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CompoundFilterType = Literal["and", "or"]

COMPOUND_FILTER_TYPE_VALUES: set[CompoundFilterType] = {
    "and",
    "or",
}


def check_compound_filter_type(value: str) -> CompoundFilterType:
    """Return `value` as `CompoundFilterType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CompoundFilterType, got {value!r}")
    return cast(CompoundFilterType, value)
