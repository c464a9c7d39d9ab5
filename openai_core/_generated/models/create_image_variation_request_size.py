# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageVariationRequestSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageVariationRequestSize = Literal["1024x1024", "256x256", "512x512"]

CREATE_IMAGE_VARIATION_REQUEST_SIZE_VALUES: set[CreateImageVariationRequestSize] = {
    "1024x1024",
    "256x256",
    "512x512",
}


def check_create_image_variation_request_size(value: str) -> CreateImageVariationRequestSize:
    """Return `value` as `CreateImageVariationRequestSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageVariationRequestSize, got {value!r}")
    return cast(CreateImageVariationRequestSize, value)
