# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMessagePhase`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMessagePhase = Literal["commentary", "final_answer"]

BETA_MESSAGE_PHASE_VALUES: set[BetaMessagePhase] = {
    "commentary",
    "final_answer",
}


def check_beta_message_phase(value: str) -> BetaMessagePhase:
    """Return `value` as `BetaMessagePhase`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMessagePhase, got {value!r}")
    return cast(BetaMessagePhase, value)
