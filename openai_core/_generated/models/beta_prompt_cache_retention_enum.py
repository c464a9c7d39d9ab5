# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaPromptCacheRetentionEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaPromptCacheRetentionEnum = Literal["24h", "in_memory"]

BETA_PROMPT_CACHE_RETENTION_ENUM_VALUES: set[BetaPromptCacheRetentionEnum] = {
    "24h",
    "in_memory",
}


def check_beta_prompt_cache_retention_enum(value: str) -> BetaPromptCacheRetentionEnum:
    """Return `value` as `BetaPromptCacheRetentionEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaPromptCacheRetentionEnum, got {value!r}")
    return cast(BetaPromptCacheRetentionEnum, value)
