# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaResponsePromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]

BETA_RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[BetaResponsePromptCacheRetentionType0] = {
    "24h",
    "in_memory",
}


def check_beta_response_prompt_cache_retention_type_0(
    value: str,
) -> BetaResponsePromptCacheRetentionType0:
    """Return `value` as `BetaResponsePromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaResponsePromptCacheRetentionType0, got {value!r}")
    return cast(BetaResponsePromptCacheRetentionType0, value)
