# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ReasoningEffortType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ReasoningEffortType0 = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

REASONING_EFFORT_TYPE_0_VALUES: set[ReasoningEffortType0] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_reasoning_effort_type_0(value: str) -> ReasoningEffortType0:
    """Return `value` as `ReasoningEffortType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ReasoningEffortType0, got {value!r}")
    return cast(ReasoningEffortType0, value)
