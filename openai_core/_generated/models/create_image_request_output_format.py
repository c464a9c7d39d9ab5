# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestOutputFormat = Literal["jpeg", "png", "webp"]

CREATE_IMAGE_REQUEST_OUTPUT_FORMAT_VALUES: set[CreateImageRequestOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_create_image_request_output_format(value: str) -> CreateImageRequestOutputFormat:
    """Return `value` as `CreateImageRequestOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestOutputFormat, got {value!r}")
    return cast(CreateImageRequestOutputFormat, value)
