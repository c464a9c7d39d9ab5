# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaTruncationEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaTruncationEnum = Literal["auto", "disabled"]

BETA_TRUNCATION_ENUM_VALUES: set[BetaTruncationEnum] = {
    "auto",
    "disabled",
}


def check_beta_truncation_enum(value: str) -> BetaTruncationEnum:
    """Return `value` as `BetaTruncationEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaTruncationEnum, got {value!r}")
    return cast(BetaTruncationEnum, value)
