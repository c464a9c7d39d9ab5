# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ReasoningContextType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ReasoningContextType0 = Literal["all_turns", "auto", "current_turn"]

REASONING_CONTEXT_TYPE_0_VALUES: set[ReasoningContextType0] = {
    "all_turns",
    "auto",
    "current_turn",
}


def check_reasoning_context_type_0(value: str) -> ReasoningContextType0:
    """Return `value` as `ReasoningContextType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ReasoningContextType0, got {value!r}")
    return cast(ReasoningContextType0, value)
