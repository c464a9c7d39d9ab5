# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestBackground = Literal["auto", "opaque", "transparent"]

CREATE_IMAGE_REQUEST_BACKGROUND_VALUES: set[CreateImageRequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_create_image_request_background(value: str) -> CreateImageRequestBackground:
    """Return `value` as `CreateImageRequestBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestBackground, got {value!r}")
    return cast(CreateImageRequestBackground, value)
