# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageGenToolBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageGenToolBackground = Literal["auto", "opaque", "transparent"]

BETA_IMAGE_GEN_TOOL_BACKGROUND_VALUES: set[BetaImageGenToolBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_beta_image_gen_tool_background(value: str) -> BetaImageGenToolBackground:
    """Return `value` as `BetaImageGenToolBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageGenToolBackground, got {value!r}")
    return cast(BetaImageGenToolBackground, value)
