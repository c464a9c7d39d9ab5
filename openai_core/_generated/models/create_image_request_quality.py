# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestQuality = Literal["auto", "hd", "high", "low", "medium", "standard"]

CREATE_IMAGE_REQUEST_QUALITY_VALUES: set[CreateImageRequestQuality] = {
    "auto",
    "hd",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_request_quality(value: str) -> CreateImageRequestQuality:
    """Return `value` as `CreateImageRequestQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestQuality, got {value!r}")
    return cast(CreateImageRequestQuality, value)
