# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponsesClientEventPromptCacheRetentionType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponsesClientEventPromptCacheRetentionType0 = Literal["24h", "in_memory"]

RESPONSES_CLIENT_EVENT_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[
    ResponsesClientEventPromptCacheRetentionType0
] = {
    "24h",
    "in_memory",
}


def check_responses_client_event_prompt_cache_retention_type_0(
    value: str,
) -> ResponsesClientEventPromptCacheRetentionType0:
    """Return `value` as `ResponsesClientEventPromptCacheRetentionType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ResponsesClientEventPromptCacheRetentionType0, got {value!r}"
        )
    return cast(ResponsesClientEventPromptCacheRetentionType0, value)
