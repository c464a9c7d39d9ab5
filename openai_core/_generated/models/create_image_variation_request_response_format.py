# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageVariationRequestResponseFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageVariationRequestResponseFormat = Literal["b64_json", "url"]

CREATE_IMAGE_VARIATION_REQUEST_RESPONSE_FORMAT_VALUES: set[
    CreateImageVariationRequestResponseFormat
] = {
    "b64_json",
    "url",
}


def check_create_image_variation_request_response_format(
    value: str,
) -> CreateImageVariationRequestResponseFormat:
    """Return `value` as `CreateImageVariationRequestResponseFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateImageVariationRequestResponseFormat, got {value!r}"
        )
    return cast(CreateImageVariationRequestResponseFormat, value)
