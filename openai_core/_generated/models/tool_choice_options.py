# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ToolChoiceOptions`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ToolChoiceOptions = Literal["auto", "none", "required"]

TOOL_CHOICE_OPTIONS_VALUES: set[ToolChoiceOptions] = {
    "auto",
    "none",
    "required",
}


def check_tool_choice_options(value: str) -> ToolChoiceOptions:
    """Return `value` as `ToolChoiceOptions`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ToolChoiceOptions, got {value!r}")
    return cast(ToolChoiceOptions, value)
