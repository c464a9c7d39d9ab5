# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionShellCallOutputStatusEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionShellCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES: set[BetaFunctionShellCallOutputStatusEnum] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_shell_call_output_status_enum(
    value: str,
) -> BetaFunctionShellCallOutputStatusEnum:
    """Return `value` as `BetaFunctionShellCallOutputStatusEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionShellCallOutputStatusEnum, got {value!r}")
    return cast(BetaFunctionShellCallOutputStatusEnum, value)
