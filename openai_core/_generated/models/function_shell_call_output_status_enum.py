# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionShellCallOutputStatusEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionShellCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES: set[FunctionShellCallOutputStatusEnum] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_shell_call_output_status_enum(value: str) -> FunctionShellCallOutputStatusEnum:
    """Return `value` as `FunctionShellCallOutputStatusEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionShellCallOutputStatusEnum, got {value!r}")
    return cast(FunctionShellCallOutputStatusEnum, value)
