# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestQualityType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestQualityType1 = Literal["auto", "high", "low", "medium", "standard"]

CREATE_IMAGE_EDIT_REQUEST_QUALITY_TYPE_1_VALUES: set[CreateImageEditRequestQualityType1] = {
    "auto",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_edit_request_quality_type_1(
    value: str,
) -> CreateImageEditRequestQualityType1:
    """Return `value` as `CreateImageEditRequestQualityType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestQualityType1, got {value!r}")
    return cast(CreateImageEditRequestQualityType1, value)
