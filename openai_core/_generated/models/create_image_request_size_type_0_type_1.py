# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestSizeType0Type1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestSizeType0Type1 = Literal[
    "1024x1024", "1024x1536", "1024x1792", "1536x1024", "1792x1024", "256x256", "512x512", "auto"
]

CREATE_IMAGE_REQUEST_SIZE_TYPE_0_TYPE_1_VALUES: set[CreateImageRequestSizeType0Type1] = {
    "1024x1024",
    "1024x1536",
    "1024x1792",
    "1536x1024",
    "1792x1024",
    "256x256",
    "512x512",
    "auto",
}


def check_create_image_request_size_type_0_type_1(value: str) -> CreateImageRequestSizeType0Type1:
    """Return `value` as `CreateImageRequestSizeType0Type1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestSizeType0Type1, got {value!r}")
    return cast(CreateImageRequestSizeType0Type1, value)
