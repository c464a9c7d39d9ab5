# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenActionEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenActionEnum = Literal["auto", "edit", "generate"]

IMAGE_GEN_ACTION_ENUM_VALUES: set[ImageGenActionEnum] = {
    "auto",
    "edit",
    "generate",
}


def check_image_gen_action_enum(value: str) -> ImageGenActionEnum:
    """Return `value` as `ImageGenActionEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenActionEnum, got {value!r}")
    return cast(ImageGenActionEnum, value)
