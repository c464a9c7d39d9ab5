# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageGenActionEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageGenActionEnum = Literal["auto", "edit", "generate"]

BETA_IMAGE_GEN_ACTION_ENUM_VALUES: set[BetaImageGenActionEnum] = {
    "auto",
    "edit",
    "generate",
}


def check_beta_image_gen_action_enum(value: str) -> BetaImageGenActionEnum:
    """Return `value` as `BetaImageGenActionEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageGenActionEnum, got {value!r}")
    return cast(BetaImageGenActionEnum, value)
