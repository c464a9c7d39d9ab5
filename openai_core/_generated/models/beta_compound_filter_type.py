# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaCompoundFilterType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaCompoundFilterType = Literal["and", "or"]

BETA_COMPOUND_FILTER_TYPE_VALUES: set[BetaCompoundFilterType] = {
    "and",
    "or",
}


def check_beta_compound_filter_type(value: str) -> BetaCompoundFilterType:
    """Return `value` as `BetaCompoundFilterType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaCompoundFilterType, got {value!r}")
    return cast(BetaCompoundFilterType, value)
