# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditCompletedEventSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditCompletedEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_EDIT_COMPLETED_EVENT_SIZE_VALUES: set[ImageEditCompletedEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_edit_completed_event_size(value: str) -> ImageEditCompletedEventSize:
    """Return `value` as `ImageEditCompletedEventSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditCompletedEventSize, got {value!r}")
    return cast(ImageEditCompletedEventSize, value)
