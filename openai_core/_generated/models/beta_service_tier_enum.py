# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaServiceTierEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaServiceTierEnum = Literal["auto", "default", "fast", "flex", "priority"]

BETA_SERVICE_TIER_ENUM_VALUES: set[BetaServiceTierEnum] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
}


def check_beta_service_tier_enum(value: str) -> BetaServiceTierEnum:
    """Return `value` as `BetaServiceTierEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaServiceTierEnum, got {value!r}")
    return cast(BetaServiceTierEnum, value)
