# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaVerbosityType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaVerbosityType0 = Literal["high", "low", "medium"]

BETA_VERBOSITY_TYPE_0_VALUES: set[BetaVerbosityType0] = {
    "high",
    "low",
    "medium",
}


def check_beta_verbosity_type_0(value: str) -> BetaVerbosityType0:
    """Return `value` as `BetaVerbosityType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaVerbosityType0, got {value!r}")
    return cast(BetaVerbosityType0, value)
