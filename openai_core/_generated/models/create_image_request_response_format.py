# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestResponseFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestResponseFormat = Literal["b64_json", "url"]

CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES: set[CreateImageRequestResponseFormat] = {
    "b64_json",
    "url",
}


def check_create_image_request_response_format(value: str) -> CreateImageRequestResponseFormat:
    """Return `value` as `CreateImageRequestResponseFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestResponseFormat, got {value!r}")
    return cast(CreateImageRequestResponseFormat, value)
