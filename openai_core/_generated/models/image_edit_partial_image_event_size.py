# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditPartialImageEventSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditPartialImageEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_SIZE_VALUES: set[ImageEditPartialImageEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_edit_partial_image_event_size(value: str) -> ImageEditPartialImageEventSize:
    """Return `value` as `ImageEditPartialImageEventSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditPartialImageEventSize, got {value!r}")
    return cast(ImageEditPartialImageEventSize, value)
