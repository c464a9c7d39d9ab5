# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenToolQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenToolQuality = Literal["auto", "high", "low", "medium"]

IMAGE_GEN_TOOL_QUALITY_VALUES: set[ImageGenToolQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_gen_tool_quality(value: str) -> ImageGenToolQuality:
    """Return `value` as `ImageGenToolQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenToolQuality, got {value!r}")
    return cast(ImageGenToolQuality, value)
