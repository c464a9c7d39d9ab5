# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionCallOutputStatusEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES: set[FunctionCallOutputStatusEnum] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_call_output_status_enum(value: str) -> FunctionCallOutputStatusEnum:
    """Return `value` as `FunctionCallOutputStatusEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionCallOutputStatusEnum, got {value!r}")
    return cast(FunctionCallOutputStatusEnum, value)
