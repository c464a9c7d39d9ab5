# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EditImageBodyJsonParamModerationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EditImageBodyJsonParamModerationType0 = Literal["auto", "low"]

EDIT_IMAGE_BODY_JSON_PARAM_MODERATION_TYPE_0_VALUES: set[EditImageBodyJsonParamModerationType0] = {
    "auto",
    "low",
}


def check_edit_image_body_json_param_moderation_type_0(
    value: str,
) -> EditImageBodyJsonParamModerationType0:
    """Return `value` as `EditImageBodyJsonParamModerationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EditImageBodyJsonParamModerationType0, got {value!r}")
    return cast(EditImageBodyJsonParamModerationType0, value)
