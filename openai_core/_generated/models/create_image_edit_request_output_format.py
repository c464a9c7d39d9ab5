# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestOutputFormat = Literal["jpeg", "png", "webp"]

CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES: set[CreateImageEditRequestOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_create_image_edit_request_output_format(value: str) -> CreateImageEditRequestOutputFormat:
    """Return `value` as `CreateImageEditRequestOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestOutputFormat, got {value!r}")
    return cast(CreateImageEditRequestOutputFormat, value)
