# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaClickButtonType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaClickButtonType = Literal["back", "forward", "left", "right", "wheel"]

BETA_CLICK_BUTTON_TYPE_VALUES: set[BetaClickButtonType] = {
    "back",
    "forward",
    "left",
    "right",
    "wheel",
}


def check_beta_click_button_type(value: str) -> BetaClickButtonType:
    """Return `value` as `BetaClickButtonType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaClickButtonType, got {value!r}")
    return cast(BetaClickButtonType, value)
