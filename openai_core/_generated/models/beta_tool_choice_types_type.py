# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaToolChoiceTypesType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaToolChoiceTypesType = Literal[
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
]

BETA_TOOL_CHOICE_TYPES_TYPE_VALUES: set[BetaToolChoiceTypesType] = {
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_beta_tool_choice_types_type(value: str) -> BetaToolChoiceTypesType:
    """Return `value` as `BetaToolChoiceTypesType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaToolChoiceTypesType, got {value!r}")
    return cast(BetaToolChoiceTypesType, value)
