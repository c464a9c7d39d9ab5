# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestStyleType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestStyleType1 = Literal["natural", "vivid"]

CREATE_IMAGE_REQUEST_STYLE_TYPE_1_VALUES: set[CreateImageRequestStyleType1] = {
    "natural",
    "vivid",
}


def check_create_image_request_style_type_1(value: str) -> CreateImageRequestStyleType1:
    """Return `value` as `CreateImageRequestStyleType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestStyleType1, got {value!r}")
    return cast(CreateImageRequestStyleType1, value)
