# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `TruncationEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

TruncationEnum = Literal["auto", "disabled"]

TRUNCATION_ENUM_VALUES: set[TruncationEnum] = {
    "auto",
    "disabled",
}


def check_truncation_enum(value: str) -> TruncationEnum:
    """Return `value` as `TruncationEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for TruncationEnum, got {value!r}")
    return cast(TruncationEnum, value)
