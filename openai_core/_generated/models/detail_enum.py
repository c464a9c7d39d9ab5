# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `DetailEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

DetailEnum = Literal["auto", "high", "low", "original"]

DETAIL_ENUM_VALUES: set[DetailEnum] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_detail_enum(value: str) -> DetailEnum:
    """Return `value` as `DetailEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for DetailEnum, got {value!r}")
    return cast(DetailEnum, value)
