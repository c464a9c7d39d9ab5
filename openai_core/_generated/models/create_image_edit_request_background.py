# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestBackground = Literal["auto", "opaque", "transparent"]

CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_VALUES: set[CreateImageEditRequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_create_image_edit_request_background(value: str) -> CreateImageEditRequestBackground:
    """Return `value` as `CreateImageEditRequestBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestBackground, got {value!r}")
    return cast(CreateImageEditRequestBackground, value)
