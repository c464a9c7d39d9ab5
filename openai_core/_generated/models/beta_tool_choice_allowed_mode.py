# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaToolChoiceAllowedMode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaToolChoiceAllowedMode = Literal["auto", "required"]

BETA_TOOL_CHOICE_ALLOWED_MODE_VALUES: set[BetaToolChoiceAllowedMode] = {
    "auto",
    "required",
}


def check_beta_tool_choice_allowed_mode(value: str) -> BetaToolChoiceAllowedMode:
    """Return `value` as `BetaToolChoiceAllowedMode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaToolChoiceAllowedMode, got {value!r}")
    return cast(BetaToolChoiceAllowedMode, value)
