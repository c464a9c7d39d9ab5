# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionCallOutputStatusEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES: set[BetaFunctionCallOutputStatusEnum] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_call_output_status_enum(value: str) -> BetaFunctionCallOutputStatusEnum:
    """Return `value` as `BetaFunctionCallOutputStatusEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionCallOutputStatusEnum, got {value!r}")
    return cast(BetaFunctionCallOutputStatusEnum, value)
