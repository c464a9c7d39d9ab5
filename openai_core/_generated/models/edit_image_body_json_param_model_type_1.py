# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EditImageBodyJsonParamModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EditImageBodyJsonParamModelType1 = Literal[
    "chatgpt-image-latest",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
]

EDIT_IMAGE_BODY_JSON_PARAM_MODEL_TYPE_1_VALUES: set[EditImageBodyJsonParamModelType1] = {
    "chatgpt-image-latest",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
}


def check_edit_image_body_json_param_model_type_1(value: str) -> EditImageBodyJsonParamModelType1:
    """Return `value` as `EditImageBodyJsonParamModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EditImageBodyJsonParamModelType1, got {value!r}")
    return cast(EditImageBodyJsonParamModelType1, value)
