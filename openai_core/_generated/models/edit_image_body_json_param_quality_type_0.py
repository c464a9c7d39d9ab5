# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EditImageBodyJsonParamQualityType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EditImageBodyJsonParamQualityType0 = Literal["auto", "high", "low", "medium"]

EDIT_IMAGE_BODY_JSON_PARAM_QUALITY_TYPE_0_VALUES: set[EditImageBodyJsonParamQualityType0] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_edit_image_body_json_param_quality_type_0(
    value: str,
) -> EditImageBodyJsonParamQualityType0:
    """Return `value` as `EditImageBodyJsonParamQualityType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EditImageBodyJsonParamQualityType0, got {value!r}")
    return cast(EditImageBodyJsonParamQualityType0, value)
