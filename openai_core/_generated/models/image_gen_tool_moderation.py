# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenToolModeration`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenToolModeration = Literal["auto", "low"]

IMAGE_GEN_TOOL_MODERATION_VALUES: set[ImageGenToolModeration] = {
    "auto",
    "low",
}


def check_image_gen_tool_moderation(value: str) -> ImageGenToolModeration:
    """Return `value` as `ImageGenToolModeration`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenToolModeration, got {value!r}")
    return cast(ImageGenToolModeration, value)
