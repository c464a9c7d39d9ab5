# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateResponseTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateResponseTruncationType0 = Literal["auto", "disabled"]

CREATE_RESPONSE_TRUNCATION_TYPE_0_VALUES: set[CreateResponseTruncationType0] = {
    "auto",
    "disabled",
}


def check_create_response_truncation_type_0(value: str) -> CreateResponseTruncationType0:
    """Return `value` as `CreateResponseTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateResponseTruncationType0, got {value!r}")
    return cast(CreateResponseTruncationType0, value)
