# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionShellCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionShellCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_SHELL_CALL_STATUS_VALUES: set[FunctionShellCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_shell_call_status(value: str) -> FunctionShellCallStatus:
    """Return `value` as `FunctionShellCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionShellCallStatus, got {value!r}")
    return cast(FunctionShellCallStatus, value)
