# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestQualityType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestQualityType1 = Literal["auto", "hd", "high", "low", "medium", "standard"]

CREATE_IMAGE_REQUEST_QUALITY_TYPE_1_VALUES: set[CreateImageRequestQualityType1] = {
    "auto",
    "hd",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_request_quality_type_1(value: str) -> CreateImageRequestQualityType1:
    """Return `value` as `CreateImageRequestQualityType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestQualityType1, got {value!r}")
    return cast(CreateImageRequestQualityType1, value)
