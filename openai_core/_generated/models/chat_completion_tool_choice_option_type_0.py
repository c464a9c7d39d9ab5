# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionToolChoiceOptionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionToolChoiceOptionType0 = Literal["auto", "none", "required"]

CHAT_COMPLETION_TOOL_CHOICE_OPTION_TYPE_0_VALUES: set[ChatCompletionToolChoiceOptionType0] = {
    "auto",
    "none",
    "required",
}


def check_chat_completion_tool_choice_option_type_0(
    value: str,
) -> ChatCompletionToolChoiceOptionType0:
    """Return `value` as `ChatCompletionToolChoiceOptionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatCompletionToolChoiceOptionType0, got {value!r}")
    return cast(ChatCompletionToolChoiceOptionType0, value)
