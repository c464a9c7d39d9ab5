# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaInputFidelity`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaInputFidelity = Literal["high", "low"]

BETA_INPUT_FIDELITY_VALUES: set[BetaInputFidelity] = {
    "high",
    "low",
}


def check_beta_input_fidelity(value: str) -> BetaInputFidelity:
    """Return `value` as `BetaInputFidelity`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaInputFidelity, got {value!r}")
    return cast(BetaInputFidelity, value)
