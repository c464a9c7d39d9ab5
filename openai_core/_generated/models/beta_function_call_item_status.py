# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionCallItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionCallItemStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_CALL_ITEM_STATUS_VALUES: set[BetaFunctionCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_call_item_status(value: str) -> BetaFunctionCallItemStatus:
    """Return `value` as `BetaFunctionCallItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionCallItemStatus, got {value!r}")
    return cast(BetaFunctionCallItemStatus, value)
