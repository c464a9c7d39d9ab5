# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenCompletedEventBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenCompletedEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GEN_COMPLETED_EVENT_BACKGROUND_VALUES: set[ImageGenCompletedEventBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_gen_completed_event_background(value: str) -> ImageGenCompletedEventBackground:
    """Return `value` as `ImageGenCompletedEventBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenCompletedEventBackground, got {value!r}")
    return cast(ImageGenCompletedEventBackground, value)
