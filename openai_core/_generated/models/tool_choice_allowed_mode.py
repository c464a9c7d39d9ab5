# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ToolChoiceAllowedMode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ToolChoiceAllowedMode = Literal["auto", "required"]

TOOL_CHOICE_ALLOWED_MODE_VALUES: set[ToolChoiceAllowedMode] = {
    "auto",
    "required",
}


def check_tool_choice_allowed_mode(value: str) -> ToolChoiceAllowedMode:
    """Return `value` as `ToolChoiceAllowedMode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ToolChoiceAllowedMode, got {value!r}")
    return cast(ToolChoiceAllowedMode, value)
