# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaRankerVersionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaRankerVersionType = Literal["auto", "default-2024-11-15"]

BETA_RANKER_VERSION_TYPE_VALUES: set[BetaRankerVersionType] = {
    "auto",
    "default-2024-11-15",
}


def check_beta_ranker_version_type(value: str) -> BetaRankerVersionType:
    """Return `value` as `BetaRankerVersionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaRankerVersionType, got {value!r}")
    return cast(BetaRankerVersionType, value)
