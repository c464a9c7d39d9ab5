# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AssistantsApiToolChoiceOptionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AssistantsApiToolChoiceOptionType0 = Literal["auto", "none", "required"]

ASSISTANTS_API_TOOL_CHOICE_OPTION_TYPE_0_VALUES: set[AssistantsApiToolChoiceOptionType0] = {
    "auto",
    "none",
    "required",
}


def check_assistants_api_tool_choice_option_type_0(
    value: str,
) -> AssistantsApiToolChoiceOptionType0:
    """Return `value` as `AssistantsApiToolChoiceOptionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AssistantsApiToolChoiceOptionType0, got {value!r}")
    return cast(AssistantsApiToolChoiceOptionType0, value)
