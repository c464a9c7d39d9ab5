# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageAudioTranscriptionsGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageAudioTranscriptionsGroupByItem = Literal["api_key_id", "model", "project_id", "user_id"]

USAGE_AUDIO_TRANSCRIPTIONS_GROUP_BY_ITEM_VALUES: set[UsageAudioTranscriptionsGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_audio_transcriptions_group_by_item(
    value: str,
) -> UsageAudioTranscriptionsGroupByItem:
    """Return `value` as `UsageAudioTranscriptionsGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageAudioTranscriptionsGroupByItem, got {value!r}")
    return cast(UsageAudioTranscriptionsGroupByItem, value)
