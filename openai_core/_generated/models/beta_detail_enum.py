# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaDetailEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaDetailEnum = Literal["auto", "high", "low", "original"]

BETA_DETAIL_ENUM_VALUES: set[BetaDetailEnum] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_beta_detail_enum(value: str) -> BetaDetailEnum:
    """Return `value` as `BetaDetailEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaDetailEnum, got {value!r}")
    return cast(BetaDetailEnum, value)
