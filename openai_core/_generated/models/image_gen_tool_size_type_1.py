# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenToolSizeType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenToolSizeType1 = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GEN_TOOL_SIZE_TYPE_1_VALUES: set[ImageGenToolSizeType1] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_gen_tool_size_type_1(value: str) -> ImageGenToolSizeType1:
    """Return `value` as `ImageGenToolSizeType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenToolSizeType1, got {value!r}")
    return cast(ImageGenToolSizeType1, value)
