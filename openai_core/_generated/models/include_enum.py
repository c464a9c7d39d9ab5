# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `IncludeEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

IncludeEnum = Literal[
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
    "web_search_call.action.sources",
    "web_search_call.results",
]

INCLUDE_ENUM_VALUES: set[IncludeEnum] = {
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
    "web_search_call.action.sources",
    "web_search_call.results",
}


def check_include_enum(value: str) -> IncludeEnum:
    """Return `value` as `IncludeEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for IncludeEnum, got {value!r}")
    return cast(IncludeEnum, value)
