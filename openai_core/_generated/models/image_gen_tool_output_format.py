# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenToolOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenToolOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_GEN_TOOL_OUTPUT_FORMAT_VALUES: set[ImageGenToolOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_gen_tool_output_format(value: str) -> ImageGenToolOutputFormat:
    """Return `value` as `ImageGenToolOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenToolOutputFormat, got {value!r}")
    return cast(ImageGenToolOutputFormat, value)
