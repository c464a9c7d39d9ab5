# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestQuality = Literal["auto", "high", "low", "medium", "standard"]

CREATE_IMAGE_EDIT_REQUEST_QUALITY_VALUES: set[CreateImageEditRequestQuality] = {
    "auto",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_edit_request_quality(value: str) -> CreateImageEditRequestQuality:
    """Return `value` as `CreateImageEditRequestQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestQuality, got {value!r}")
    return cast(CreateImageEditRequestQuality, value)
