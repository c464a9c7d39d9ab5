# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestBackgroundType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestBackgroundType1 = Literal["auto", "opaque", "transparent"]

CREATE_IMAGE_REQUEST_BACKGROUND_TYPE_1_VALUES: set[CreateImageRequestBackgroundType1] = {
    "auto",
    "opaque",
    "transparent",
}


def check_create_image_request_background_type_1(value: str) -> CreateImageRequestBackgroundType1:
    """Return `value` as `CreateImageRequestBackgroundType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestBackgroundType1, got {value!r}")
    return cast(CreateImageRequestBackgroundType1, value)
