# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ReasoningItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ReasoningItemStatus = Literal["completed", "in_progress", "incomplete"]

REASONING_ITEM_STATUS_VALUES: set[ReasoningItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_reasoning_item_status(value: str) -> ReasoningItemStatus:
    """Return `value` as `ReasoningItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ReasoningItemStatus, got {value!r}")
    return cast(ReasoningItemStatus, value)
