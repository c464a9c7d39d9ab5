# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestModeration`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestModeration = Literal["auto", "low"]

CREATE_IMAGE_REQUEST_MODERATION_VALUES: set[CreateImageRequestModeration] = {
    "auto",
    "low",
}


def check_create_image_request_moderation(value: str) -> CreateImageRequestModeration:
    """Return `value` as `CreateImageRequestModeration`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestModeration, got {value!r}")
    return cast(CreateImageRequestModeration, value)
