# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FunctionCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FunctionCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_STATUS_VALUES: set[FunctionCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_call_status(value: str) -> FunctionCallStatus:
    """Return `value` as `FunctionCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FunctionCallStatus, got {value!r}")
    return cast(FunctionCallStatus, value)
