# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageVariationRequestSizeType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageVariationRequestSizeType1 = Literal["1024x1024", "256x256", "512x512"]

CREATE_IMAGE_VARIATION_REQUEST_SIZE_TYPE_1_VALUES: set[CreateImageVariationRequestSizeType1] = {
    "1024x1024",
    "256x256",
    "512x512",
}


def check_create_image_variation_request_size_type_1(
    value: str,
) -> CreateImageVariationRequestSizeType1:
    """Return `value` as `CreateImageVariationRequestSizeType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageVariationRequestSizeType1, got {value!r}")
    return cast(CreateImageVariationRequestSizeType1, value)
