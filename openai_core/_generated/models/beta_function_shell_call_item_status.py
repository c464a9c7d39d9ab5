# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionShellCallItemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionShellCallItemStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_SHELL_CALL_ITEM_STATUS_VALUES: set[BetaFunctionShellCallItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_shell_call_item_status(value: str) -> BetaFunctionShellCallItemStatus:
    """Return `value` as `BetaFunctionShellCallItemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionShellCallItemStatus, got {value!r}")
    return cast(BetaFunctionShellCallItemStatus, value)
