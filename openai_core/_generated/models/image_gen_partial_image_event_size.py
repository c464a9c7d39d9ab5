# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenPartialImageEventSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenPartialImageEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_SIZE_VALUES: set[ImageGenPartialImageEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_gen_partial_image_event_size(value: str) -> ImageGenPartialImageEventSize:
    """Return `value` as `ImageGenPartialImageEventSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenPartialImageEventSize, got {value!r}")
    return cast(ImageGenPartialImageEventSize, value)
