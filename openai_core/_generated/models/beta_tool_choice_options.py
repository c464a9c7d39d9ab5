# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaToolChoiceOptions`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaToolChoiceOptions = Literal["auto", "none", "required"]

BETA_TOOL_CHOICE_OPTIONS_VALUES: set[BetaToolChoiceOptions] = {
    "auto",
    "none",
    "required",
}


def check_beta_tool_choice_options(value: str) -> BetaToolChoiceOptions:
    """Return `value` as `BetaToolChoiceOptions`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaToolChoiceOptions, got {value!r}")
    return cast(BetaToolChoiceOptions, value)
