# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionShellCallItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionShellCallItemStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES: set[FunctionShellCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_shell_call_item_status(value: str) -> FunctionShellCallItemStatus:
    """Return `value` as `FunctionShellCallItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionShellCallItemStatus, got {value!r}")
    return cast(FunctionShellCallItemStatus, value)
