# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EditImageBodyJsonParamBackgroundType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EditImageBodyJsonParamBackgroundType0 = Literal["auto", "opaque", "transparent"]

EDIT_IMAGE_BODY_JSON_PARAM_BACKGROUND_TYPE_0_VALUES: set[EditImageBodyJsonParamBackgroundType0] = {
    "auto",
    "opaque",
    "transparent",
}


def check_edit_image_body_json_param_background_type_0(
    value: str,
) -> EditImageBodyJsonParamBackgroundType0:
    """Return `value` as `EditImageBodyJsonParamBackgroundType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EditImageBodyJsonParamBackgroundType0, got {value!r}")
    return cast(EditImageBodyJsonParamBackgroundType0, value)
