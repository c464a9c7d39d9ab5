# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ClickButtonType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ClickButtonType = Literal["back", "forward", "left", "right", "wheel"]

CLICK_BUTTON_TYPE_VALUES: set[ClickButtonType] = {
    "back",
    "forward",
    "left",
    "right",
    "wheel",
}


def check_click_button_type(value: str) -> ClickButtonType:
    """Return `value` as `ClickButtonType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ClickButtonType, got {value!r}")
    return cast(ClickButtonType, value)
