# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenPartialImageEventQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenPartialImageEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_QUALITY_VALUES: set[ImageGenPartialImageEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_gen_partial_image_event_quality(value: str) -> ImageGenPartialImageEventQuality:
    """Return `value` as `ImageGenPartialImageEventQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenPartialImageEventQuality, got {value!r}")
    return cast(ImageGenPartialImageEventQuality, value)
