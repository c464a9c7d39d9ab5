# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RunStepObjectLastErrorType0Code`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RunStepObjectLastErrorType0Code = Literal["rate_limit_exceeded", "server_error"]

RUN_STEP_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES: set[RunStepObjectLastErrorType0Code] = {
    "rate_limit_exceeded",
    "server_error",
}


def check_run_step_object_last_error_type_0_code(value: str) -> RunStepObjectLastErrorType0Code:
    """Return `value` as `RunStepObjectLastErrorType0Code`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RunStepObjectLastErrorType0Code, got {value!r}")
    return cast(RunStepObjectLastErrorType0Code, value)
