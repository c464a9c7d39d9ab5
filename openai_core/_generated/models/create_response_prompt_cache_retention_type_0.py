# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateResponsePromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]

CREATE_RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    CreateResponsePromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_create_response_prompt_cache_retention_type_0(
    value: str,
) -> CreateResponsePromptCacheRetentionType0:
    """Return `value` as `CreateResponsePromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateResponsePromptCacheRetentionType0, got {value!r}")
    return cast(CreateResponsePromptCacheRetentionType0, value)
