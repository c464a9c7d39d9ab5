# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestModelType0Type1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestModelType0Type1 = Literal[
    "dall-e-2",
    "dall-e-3",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
]

CREATE_IMAGE_REQUEST_MODEL_TYPE_0_TYPE_1_VALUES: set[CreateImageRequestModelType0Type1] = {
    "dall-e-2",
    "dall-e-3",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
}


def check_create_image_request_model_type_0_type_1(value: str) -> CreateImageRequestModelType0Type1:
    """Return `value` as `CreateImageRequestModelType0Type1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestModelType0Type1, got {value!r}")
    return cast(CreateImageRequestModelType0Type1, value)
