# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageVariationRequestResponseFormatType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageVariationRequestResponseFormatType1 = Literal["b64_json", "url"]

CREATE_IMAGE_VARIATION_REQUEST_RESPONSE_FORMAT_TYPE_1_VALUES: set[
    CreateImageVariationRequestResponseFormatType1
] = {
    "b64_json",
    "url",
}


def check_create_image_variation_request_response_format_type_1(
    value: str,
) -> CreateImageVariationRequestResponseFormatType1:
    """Return `value` as `CreateImageVariationRequestResponseFormatType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateImageVariationRequestResponseFormatType1, got {value!r}"
        )
    return cast(CreateImageVariationRequestResponseFormatType1, value)
