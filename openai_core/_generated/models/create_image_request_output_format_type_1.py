# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestOutputFormatType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestOutputFormatType1 = Literal["jpeg", "png", "webp"]

CREATE_IMAGE_REQUEST_OUTPUT_FORMAT_TYPE_1_VALUES: set[CreateImageRequestOutputFormatType1] = {
    "jpeg",
    "png",
    "webp",
}


def check_create_image_request_output_format_type_1(
    value: str,
) -> CreateImageRequestOutputFormatType1:
    """Return `value` as `CreateImageRequestOutputFormatType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestOutputFormatType1, got {value!r}")
    return cast(CreateImageRequestOutputFormatType1, value)
