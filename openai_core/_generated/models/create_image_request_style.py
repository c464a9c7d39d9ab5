# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestStyle`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestStyle = Literal["natural", "vivid"]

CREATE_IMAGE_REQUEST_STYLE_VALUES: set[CreateImageRequestStyle] = {
    "natural",
    "vivid",
}


def check_create_image_request_style(value: str) -> CreateImageRequestStyle:
    """Return `value` as `CreateImageRequestStyle`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestStyle, got {value!r}")
    return cast(CreateImageRequestStyle, value)
