# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditCompletedEventOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditCompletedEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_EDIT_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES: set[ImageEditCompletedEventOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_edit_completed_event_output_format(
    value: str,
) -> ImageEditCompletedEventOutputFormat:
    """Return `value` as `ImageEditCompletedEventOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditCompletedEventOutputFormat, got {value!r}")
    return cast(ImageEditCompletedEventOutputFormat, value)
