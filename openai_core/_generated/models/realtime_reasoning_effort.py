# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeReasoningEffort`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeReasoningEffort = Literal["high", "low", "medium", "minimal", "xhigh"]

REALTIME_REASONING_EFFORT_VALUES: set[RealtimeReasoningEffort] = {
    "high",
    "low",
    "medium",
    "minimal",
    "xhigh",
}


def check_realtime_reasoning_effort(value: str) -> RealtimeReasoningEffort:
    """Return `value` as `RealtimeReasoningEffort`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeReasoningEffort, got {value!r}")
    return cast(RealtimeReasoningEffort, value)
