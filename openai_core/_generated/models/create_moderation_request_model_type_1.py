# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateModerationRequestModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateModerationRequestModelType1 = Literal[
    "omni-moderation-2024-09-26",
    "omni-moderation-latest",
    "text-moderation-latest",
    "text-moderation-stable",
]

CREATE_MODERATION_REQUEST_MODEL_TYPE_1_VALUES: set[CreateModerationRequestModelType1] = {
    "omni-moderation-2024-09-26",
    "omni-moderation-latest",
    "text-moderation-latest",
    "text-moderation-stable",
}


def check_create_moderation_request_model_type_1(value: str) -> CreateModerationRequestModelType1:
    """Return `value` as `CreateModerationRequestModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateModerationRequestModelType1, got {value!r}")
    return cast(CreateModerationRequestModelType1, value)
