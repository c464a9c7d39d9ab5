# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenPartialImageEventBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenPartialImageEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES: set[ImageGenPartialImageEventBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_gen_partial_image_event_background(
    value: str,
) -> ImageGenPartialImageEventBackground:
    """Return `value` as `ImageGenPartialImageEventBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenPartialImageEventBackground, got {value!r}")
    return cast(ImageGenPartialImageEventBackground, value)
