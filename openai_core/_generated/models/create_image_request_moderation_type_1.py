# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateImageRequestModerationType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateImageRequestModerationType1 = Literal["auto", "low"]

CREATE_IMAGE_REQUEST_MODERATION_TYPE_1_VALUES: set[CreateImageRequestModerationType1] = {
    "auto",
    "low",
}


def check_create_image_request_moderation_type_1(value: str) -> CreateImageRequestModerationType1:
    """Return `value` as `CreateImageRequestModerationType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateImageRequestModerationType1, got {value!r}")
    return cast(CreateImageRequestModerationType1, value)
