# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditPartialImageEventOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditPartialImageEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES: set[ImageEditPartialImageEventOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_edit_partial_image_event_output_format(
    value: str,
) -> ImageEditPartialImageEventOutputFormat:
    """Return `value` as `ImageEditPartialImageEventOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditPartialImageEventOutputFormat, got {value!r}")
    return cast(ImageEditPartialImageEventOutputFormat, value)
