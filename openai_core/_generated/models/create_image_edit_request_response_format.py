# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageEditRequestResponseFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageEditRequestResponseFormat = Literal["b64_json", "url"]

CREATE_IMAGE_EDIT_REQUEST_RESPONSE_FORMAT_VALUES: set[CreateImageEditRequestResponseFormat] = {
    "b64_json",
    "url",
}


def check_create_image_edit_request_response_format(
    value: str,
) -> CreateImageEditRequestResponseFormat:
    """Return `value` as `CreateImageEditRequestResponseFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageEditRequestResponseFormat, got {value!r}")
    return cast(CreateImageEditRequestResponseFormat, value)
