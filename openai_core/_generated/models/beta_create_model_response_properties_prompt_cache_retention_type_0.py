# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaCreateModelResponsePropertiesPromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaCreateModelResponsePropertiesPromptCacheRetentionType0 = Literal["24h", "in_memory"]

BETA_CREATE_MODEL_RESPONSE_PROPERTIES_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    BetaCreateModelResponsePropertiesPromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_beta_create_model_response_properties_prompt_cache_retention_type_0(
    value: str,
) -> BetaCreateModelResponsePropertiesPromptCacheRetentionType0:
    """Return `value` as `BetaCreateModelResponsePropertiesPromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for BetaCreateModelResponsePropertiesPromptCacheRetentionType0, got {value!r}"
        )
    return cast(BetaCreateModelResponsePropertiesPromptCacheRetentionType0, value)
