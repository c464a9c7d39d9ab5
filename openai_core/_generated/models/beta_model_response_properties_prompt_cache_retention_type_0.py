# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaModelResponsePropertiesPromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]

BETA_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    BetaModelResponsePropertiesPromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_beta_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> BetaModelResponsePropertiesPromptCacheRetentionType0:
    """Return `value` as `BetaModelResponsePropertiesPromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for BetaModelResponsePropertiesPromptCacheRetentionType0, got {value!r}"
        )
    return cast(BetaModelResponsePropertiesPromptCacheRetentionType0, value)
