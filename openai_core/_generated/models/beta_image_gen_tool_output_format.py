# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageGenToolOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageGenToolOutputFormat = Literal["jpeg", "png", "webp"]

BETA_IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES: set[BetaImageGenToolOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_beta_image_gen_tool_output_format(value: str) -> BetaImageGenToolOutputFormat:
    """Return `value` as `BetaImageGenToolOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageGenToolOutputFormat, got {value!r}")
    return cast(BetaImageGenToolOutputFormat, value)
