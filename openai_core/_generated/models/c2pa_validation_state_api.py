# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `C2PAValidationStateApi`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

C2PAValidationStateApi = Literal["invalid", "not_present", "trusted", "valid"]

C2PA_VALIDATION_STATE_API_VALUES: set[C2PAValidationStateApi] = {
    "invalid",
    "not_present",
    "trusted",
    "valid",
}


def check_c2pa_validation_state_api(value: str) -> C2PAValidationStateApi:
    """Return `value` as `C2PAValidationStateApi`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for C2PAValidationStateApi, got {value!r}")
    return cast(C2PAValidationStateApi, value)
