# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `PromptCacheRetentionEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

PromptCacheRetentionEnum = Literal["24h", "in_memory"]

PROMPT_CACHE_RETENTION_ENUM_VALUES: set[PromptCacheRetentionEnum] = {
    "24h",
    "in_memory",
}


def check_prompt_cache_retention_enum(value: str) -> PromptCacheRetentionEnum:
    """Return `value` as `PromptCacheRetentionEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for PromptCacheRetentionEnum, got {value!r}")
    return cast(PromptCacheRetentionEnum, value)
