# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenPartialImageEventOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenPartialImageEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES: set[ImageGenPartialImageEventOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_gen_partial_image_event_output_format(
    value: str,
) -> ImageGenPartialImageEventOutputFormat:
    """Return `value` as `ImageGenPartialImageEventOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenPartialImageEventOutputFormat, got {value!r}")
    return cast(ImageGenPartialImageEventOutputFormat, value)
