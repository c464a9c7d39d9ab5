# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFileInputDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFileInputDetail = Literal["auto", "high", "low"]

BETA_FILE_INPUT_DETAIL_VALUES: set[BetaFileInputDetail] = {
    "auto",
    "high",
    "low",
}


def check_beta_file_input_detail(value: str) -> BetaFileInputDetail:
    """Return `value` as `BetaFileInputDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFileInputDetail, got {value!r}")
    return cast(BetaFileInputDetail, value)
