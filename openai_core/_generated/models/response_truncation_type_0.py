# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponseTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponseTruncationType0 = Literal["auto", "disabled"]

RESPONSE_TRUNCATION_TYPE_0_VALUES: set[ResponseTruncationType0] = {
    "auto",
    "disabled",
}


def check_response_truncation_type_0(value: str) -> ResponseTruncationType0:
    """Return `value` as `ResponseTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ResponseTruncationType0, got {value!r}")
    return cast(ResponseTruncationType0, value)
