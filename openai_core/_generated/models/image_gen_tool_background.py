# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenToolBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenToolBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GEN_TOOL_BACKGROUND_VALUES: set[ImageGenToolBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_gen_tool_background(value: str) -> ImageGenToolBackground:
    """Return `value` as `ImageGenToolBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenToolBackground, got {value!r}")
    return cast(ImageGenToolBackground, value)
