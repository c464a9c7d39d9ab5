# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageGenToolQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageGenToolQuality = Literal["auto", "high", "low", "medium"]

BETA_IMAGE_GEN_TOOL_QUALITY_VALUES: set[BetaImageGenToolQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_beta_image_gen_tool_quality(value: str) -> BetaImageGenToolQuality:
    """Return `value` as `BetaImageGenToolQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageGenToolQuality, got {value!r}")
    return cast(BetaImageGenToolQuality, value)
