# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaResponsesClientEventResponseCreatePromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaResponsesClientEventResponseCreatePromptCacheRetentionType0 = Literal["24h", "in_memory"]

BETA_RESPONSES_CLIENT_EVENT_RESPONSE_CREATE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    BetaResponsesClientEventResponseCreatePromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_beta_responses_client_event_response_create_prompt_cache_retention_type_0(
    value: str,
) -> BetaResponsesClientEventResponseCreatePromptCacheRetentionType0:
    """Return `value` as `BetaResponsesClientEventResponseCreatePromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for BetaResponsesClientEventResponseCreatePromptCacheRetentionType0, got {value!r}"
        )
    return cast(BetaResponsesClientEventResponseCreatePromptCacheRetentionType0, value)
