# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaReasoningEffortType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaReasoningEffortType0 = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

BETA_REASONING_EFFORT_TYPE_0_VALUES: set[BetaReasoningEffortType0] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_beta_reasoning_effort_type_0(value: str) -> BetaReasoningEffortType0:
    """Return `value` as `BetaReasoningEffortType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaReasoningEffortType0, got {value!r}")
    return cast(BetaReasoningEffortType0, value)
