# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaCreateResponsePromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaCreateResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]

BETA_CREATE_RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    BetaCreateResponsePromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_beta_create_response_prompt_cache_retention_type_0(
    value: str,
) -> BetaCreateResponsePromptCacheRetentionType0:
    """Return `value` as `BetaCreateResponsePromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for BetaCreateResponsePromptCacheRetentionType0, got {value!r}"
        )
    return cast(BetaCreateResponsePromptCacheRetentionType0, value)
