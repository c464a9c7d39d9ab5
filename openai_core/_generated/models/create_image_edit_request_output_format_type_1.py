# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestOutputFormatType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestOutputFormatType1 = Literal["jpeg", "png", "webp"]

CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_TYPE_1_VALUES: set[
    CreateImageEditRequestOutputFormatType1
] = {
    "jpeg",
    "png",
    "webp",
}


def check_create_image_edit_request_output_format_type_1(
    value: str,
) -> CreateImageEditRequestOutputFormatType1:
    """Return `value` as `CreateImageEditRequestOutputFormatType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestOutputFormatType1, got {value!r}")
    return cast(CreateImageEditRequestOutputFormatType1, value)
