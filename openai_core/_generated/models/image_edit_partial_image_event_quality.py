# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditPartialImageEventQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditPartialImageEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_QUALITY_VALUES: set[ImageEditPartialImageEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_edit_partial_image_event_quality(value: str) -> ImageEditPartialImageEventQuality:
    """Return `value` as `ImageEditPartialImageEventQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditPartialImageEventQuality, got {value!r}")
    return cast(ImageEditPartialImageEventQuality, value)
