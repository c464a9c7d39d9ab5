# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EditImageBodyJsonParamOutputFormatType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EditImageBodyJsonParamOutputFormatType0 = Literal["jpeg", "png", "webp"]

EDIT_IMAGE_BODY_JSON_PARAM_OUTPUT_FORMAT_TYPE_0_VALUES: set[
    EditImageBodyJsonParamOutputFormatType0
] = {
    "jpeg",
    "png",
    "webp",
}


def check_edit_image_body_json_param_output_format_type_0(
    value: str,
) -> EditImageBodyJsonParamOutputFormatType0:
    """Return `value` as `EditImageBodyJsonParamOutputFormatType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EditImageBodyJsonParamOutputFormatType0, got {value!r}")
    return cast(EditImageBodyJsonParamOutputFormatType0, value)
