# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaReasoningItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaReasoningItemStatus = Literal["completed", "in_progress", "incomplete"]

BETA_REASONING_ITEM_STATUS_VALUES: set[BetaReasoningItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_reasoning_item_status(value: str) -> BetaReasoningItemStatus:
    """Return `value` as `BetaReasoningItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaReasoningItemStatus, got {value!r}")
    return cast(BetaReasoningItemStatus, value)
