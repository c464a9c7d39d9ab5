# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFunctionCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFunctionCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_FUNCTION_CALL_STATUS_VALUES: set[BetaFunctionCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_function_call_status(value: str) -> BetaFunctionCallStatus:
    """Return `value` as `BetaFunctionCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFunctionCallStatus, got {value!r}")
    return cast(BetaFunctionCallStatus, value)
