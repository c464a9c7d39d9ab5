# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenCompletedEventSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenCompletedEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GEN_COMPLETED_EVENT_SIZE_VALUES: set[ImageGenCompletedEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_gen_completed_event_size(value: str) -> ImageGenCompletedEventSize:
    """Return `value` as `ImageGenCompletedEventSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenCompletedEventSize, got {value!r}")
    return cast(ImageGenCompletedEventSize, value)
