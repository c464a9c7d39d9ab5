# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionCreateParamsPromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionCreateParamsPromptCacheRetentionType0 = Literal["24h", "in_memory"]

CHAT_COMPLETION_CREATE_PARAMS_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    ChatCompletionCreateParamsPromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_chat_completion_create_params_prompt_cache_retention_type_0(
    value: str,
) -> ChatCompletionCreateParamsPromptCacheRetentionType0:
    """Return `value` as `ChatCompletionCreateParamsPromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ChatCompletionCreateParamsPromptCacheRetentionType0, got {value!r}"
        )
    return cast(ChatCompletionCreateParamsPromptCacheRetentionType0, value)
