# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaReasoningContextType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaReasoningContextType0 = Literal["all_turns", "auto", "current_turn"]

BETA_REASONING_CONTEXT_TYPE_0_VALUES: set[BetaReasoningContextType0] = {
    "all_turns",
    "auto",
    "current_turn",
}


def check_beta_reasoning_context_type_0(value: str) -> BetaReasoningContextType0:
    """Return `value` as `BetaReasoningContextType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaReasoningContextType0, got {value!r}")
    return cast(BetaReasoningContextType0, value)
