# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageDetail = Literal["auto", "high", "low", "original"]

BETA_IMAGE_DETAIL_VALUES: set[BetaImageDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_beta_image_detail(value: str) -> BetaImageDetail:
    """Return `value` as `BetaImageDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageDetail, got {value!r}")
    return cast(BetaImageDetail, value)
