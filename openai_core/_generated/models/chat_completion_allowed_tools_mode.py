# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionAllowedToolsMode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionAllowedToolsMode = Literal["auto", "required"]

CHAT_COMPLETION_ALLOWED_TOOLS_MODE_VALUES: set[ChatCompletionAllowedToolsMode] = {
    "auto",
    "required",
}


def check_chat_completion_allowed_tools_mode(value: str) -> ChatCompletionAllowedToolsMode:
    """Return `value` as `ChatCompletionAllowedToolsMode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatCompletionAllowedToolsMode, got {value!r}")
    return cast(ChatCompletionAllowedToolsMode, value)
