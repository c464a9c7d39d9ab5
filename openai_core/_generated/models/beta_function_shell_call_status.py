# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionShellCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionShellCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_SHELL_CALL_STATUS_VALUES: set[BetaFunctionShellCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_shell_call_status(value: str) -> BetaFunctionShellCallStatus:
    """Return `value` as `BetaFunctionShellCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionShellCallStatus, got {value!r}")
    return cast(BetaFunctionShellCallStatus, value)
