# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFileDetailEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFileDetailEnum = Literal["auto", "high", "low"]

BETA_FILE_DETAIL_ENUM_VALUES: set[BetaFileDetailEnum] = {
    "auto",
    "high",
    "low",
}


def check_beta_file_detail_enum(value: str) -> BetaFileDetailEnum:
    """Return `value` as `BetaFileDetailEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFileDetailEnum, got {value!r}")
    return cast(BetaFileDetailEnum, value)
