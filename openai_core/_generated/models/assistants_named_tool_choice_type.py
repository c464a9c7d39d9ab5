# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AssistantsNamedToolChoiceType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AssistantsNamedToolChoiceType = Literal["code_interpreter", "file_search", "function"]

ASSISTANTS_NAMED_TOOL_CHOICE_TYPE_VALUES: set[AssistantsNamedToolChoiceType] = {
    "code_interpreter",
    "file_search",
    "function",
}


def check_assistants_named_tool_choice_type(value: str) -> AssistantsNamedToolChoiceType:
    """Return `value` as `AssistantsNamedToolChoiceType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AssistantsNamedToolChoiceType, got {value!r}")
    return cast(AssistantsNamedToolChoiceType, value)
