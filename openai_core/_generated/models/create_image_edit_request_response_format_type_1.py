# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestResponseFormatType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestResponseFormatType1 = Literal["b64_json", "url"]

CREATE_IMAGE_EDIT_REQUEST_RESPONSE_FORMAT_TYPE_1_VALUES: set[
    CreateImageEditRequestResponseFormatType1
] = {
    "b64_json",
    "url",
}


def check_create_image_edit_request_response_format_type_1(
    value: str,
) -> CreateImageEditRequestResponseFormatType1:
    """Return `value` as `CreateImageEditRequestResponseFormatType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateImageEditRequestResponseFormatType1, got {value!r}"
        )
    return cast(CreateImageEditRequestResponseFormatType1, value)
