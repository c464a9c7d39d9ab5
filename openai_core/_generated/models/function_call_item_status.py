# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionCallItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionCallItemStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_ITEM_STATUS_VALUES: set[FunctionCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_call_item_status(value: str) -> FunctionCallItemStatus:
    """Return `value` as `FunctionCallItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionCallItemStatus, got {value!r}")
    return cast(FunctionCallItemStatus, value)
