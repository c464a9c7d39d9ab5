# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditCompletedEventQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditCompletedEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_EDIT_COMPLETED_EVENT_QUALITY_VALUES: set[ImageEditCompletedEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_edit_completed_event_quality(value: str) -> ImageEditCompletedEventQuality:
    """Return `value` as `ImageEditCompletedEventQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditCompletedEventQuality, got {value!r}")
    return cast(ImageEditCompletedEventQuality, value)
