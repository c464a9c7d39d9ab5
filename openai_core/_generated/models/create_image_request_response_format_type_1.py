# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestResponseFormatType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestResponseFormatType1 = Literal["b64_json", "url"]

CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_TYPE_1_VALUES: set[CreateImageRequestResponseFormatType1] = {
    "b64_json",
    "url",
}


def check_create_image_request_response_format_type_1(
    value: str,
) -> CreateImageRequestResponseFormatType1:
    """Return `value` as `CreateImageRequestResponseFormatType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestResponseFormatType1, got {value!r}")
    return cast(CreateImageRequestResponseFormatType1, value)
