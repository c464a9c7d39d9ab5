# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenCompletedEventQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenCompletedEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_GEN_COMPLETED_EVENT_QUALITY_VALUES: set[ImageGenCompletedEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_gen_completed_event_quality(value: str) -> ImageGenCompletedEventQuality:
    """Return `value` as `ImageGenCompletedEventQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenCompletedEventQuality, got {value!r}")
    return cast(ImageGenCompletedEventQuality, value)
