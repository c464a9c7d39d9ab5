# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaModerationInputType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaModerationInputType = Literal["image", "text"]

BETA_MODERATION_INPUT_TYPE_VALUES: set[BetaModerationInputType] = {
    "image",
    "text",
}


def check_beta_moderation_input_type(value: str) -> BetaModerationInputType:
    """Return `value` as `BetaModerationInputType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaModerationInputType, got {value!r}")
    return cast(BetaModerationInputType, value)
