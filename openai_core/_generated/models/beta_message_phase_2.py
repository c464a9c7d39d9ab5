# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMessagePhase2`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMessagePhase2 = Literal["commentary", "final_answer"]

BETA_MESSAGE_PHASE_2_VALUES: set[BetaMessagePhase2] = {
    "commentary",
    "final_answer",
}


def check_beta_message_phase_2(value: str) -> BetaMessagePhase2:
    """Return `value` as `BetaMessagePhase2`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMessagePhase2, got {value!r}")
    return cast(BetaMessagePhase2, value)
