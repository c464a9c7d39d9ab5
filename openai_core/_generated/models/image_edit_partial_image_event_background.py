# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageEditPartialImageEventBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageEditPartialImageEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES: set[ImageEditPartialImageEventBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_edit_partial_image_event_background(
    value: str,
) -> ImageEditPartialImageEventBackground:
    """Return `value` as `ImageEditPartialImageEventBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageEditPartialImageEventBackground, got {value!r}")
    return cast(ImageEditPartialImageEventBackground, value)
