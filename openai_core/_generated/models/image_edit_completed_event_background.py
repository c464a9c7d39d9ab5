# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditCompletedEventBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditCompletedEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_EDIT_COMPLETED_EVENT_BACKGROUND_VALUES: set[ImageEditCompletedEventBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_edit_completed_event_background(value: str) -> ImageEditCompletedEventBackground:
    """Return `value` as `ImageEditCompletedEventBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditCompletedEventBackground, got {value!r}")
    return cast(ImageEditCompletedEventBackground, value)
