# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageGenToolModeration`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageGenToolModeration = Literal["auto", "low"]

BETA_IMAGE_GEN_TOOL_MODERATION_VALUES: set[BetaImageGenToolModeration] = {
    "auto",
    "low",
}


def check_beta_image_gen_tool_moderation(value: str) -> BetaImageGenToolModeration:
    """Return `value` as `BetaImageGenToolModeration`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageGenToolModeration, got {value!r}")
    return cast(BetaImageGenToolModeration, value)
