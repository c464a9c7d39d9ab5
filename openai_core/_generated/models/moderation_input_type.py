# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ModerationInputType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ModerationInputType = Literal["image", "text"]

MODERATION_INPUT_TYPE_VALUES: set[ModerationInputType] = {
    "image",
    "text",
}


def check_moderation_input_type(value: str) -> ModerationInputType:
    """Return `value` as `ModerationInputType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ModerationInputType, got {value!r}")
    return cast(ModerationInputType, value)
