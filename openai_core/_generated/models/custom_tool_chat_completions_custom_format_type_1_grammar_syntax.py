# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CustomToolChatCompletionsCustomFormatType1GrammarSyntax`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CustomToolChatCompletionsCustomFormatType1GrammarSyntax = Literal["lark", "regex"]

CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_TYPE_1_GRAMMAR_SYNTAX_VALUES: set[
    CustomToolChatCompletionsCustomFormatType1GrammarSyntax
] = {
    "lark",
    "regex",
}


def check_custom_tool_chat_completions_custom_format_type_1_grammar_syntax(
    value: str,
) -> CustomToolChatCompletionsCustomFormatType1GrammarSyntax:
    """Return `value` as `CustomToolChatCompletionsCustomFormatType1GrammarSyntax`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CustomToolChatCompletionsCustomFormatType1GrammarSyntax, got {value!r}"
        )
    return cast(CustomToolChatCompletionsCustomFormatType1GrammarSyntax, value)
