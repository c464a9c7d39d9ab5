# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EditImageBodyJsonParamSizeType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EditImageBodyJsonParamSizeType0 = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

EDIT_IMAGE_BODY_JSON_PARAM_SIZE_TYPE_0_VALUES: set[EditImageBodyJsonParamSizeType0] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_edit_image_body_json_param_size_type_0(value: str) -> EditImageBodyJsonParamSizeType0:
    """Return `value` as `EditImageBodyJsonParamSizeType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EditImageBodyJsonParamSizeType0, got {value!r}")
    return cast(EditImageBodyJsonParamSizeType0, value)
