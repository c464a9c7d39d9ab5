# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestModelType0Type1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestModelType0Type1 = Literal[
    "chatgpt-image-latest",
    "dall-e-2",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
]

CREATE_IMAGE_EDIT_REQUEST_MODEL_TYPE_0_TYPE_1_VALUES: set[CreateImageEditRequestModelType0Type1] = {
    "chatgpt-image-latest",
    "dall-e-2",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
}


def check_create_image_edit_request_model_type_0_type_1(
    value: str,
) -> CreateImageEditRequestModelType0Type1:
    """Return `value` as `CreateImageEditRequestModelType0Type1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestModelType0Type1, got {value!r}")
    return cast(CreateImageEditRequestModelType0Type1, value)
