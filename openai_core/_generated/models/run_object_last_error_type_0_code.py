# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RunObjectLastErrorType0Code`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RunObjectLastErrorType0Code = Literal["invalid_prompt", "rate_limit_exceeded", "server_error"]

RUN_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES: set[RunObjectLastErrorType0Code] = {
    "invalid_prompt",
    "rate_limit_exceeded",
    "server_error",
}


def check_run_object_last_error_type_0_code(value: str) -> RunObjectLastErrorType0Code:
    """Return `value` as `RunObjectLastErrorType0Code`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RunObjectLastErrorType0Code, got {value!r}")
    return cast(RunObjectLastErrorType0Code, value)
