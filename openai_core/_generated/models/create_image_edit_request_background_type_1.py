# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestBackgroundType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestBackgroundType1 = Literal["auto", "opaque", "transparent"]

CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_TYPE_1_VALUES: set[CreateImageEditRequestBackgroundType1] = {
    "auto",
    "opaque",
    "transparent",
}


def check_create_image_edit_request_background_type_1(
    value: str,
) -> CreateImageEditRequestBackgroundType1:
    """Return `value` as `CreateImageEditRequestBackgroundType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestBackgroundType1, got {value!r}")
    return cast(CreateImageEditRequestBackgroundType1, value)
