# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponsePromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]

RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[ResponsePromptCacheRetentionType0] = {
    "24h",
    "in_memory",
}


def check_response_prompt_cache_retention_type_0(value: str) -> ResponsePromptCacheRetentionType0:
    """Return `value` as `ResponsePromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ResponsePromptCacheRetentionType0, got {value!r}")
    return cast(ResponsePromptCacheRetentionType0, value)
