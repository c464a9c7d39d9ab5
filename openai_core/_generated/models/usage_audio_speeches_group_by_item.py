# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageAudioSpeechesGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageAudioSpeechesGroupByItem = Literal["api_key_id", "model", "project_id", "user_id"]

USAGE_AUDIO_SPEECHES_GROUP_BY_ITEM_VALUES: set[UsageAudioSpeechesGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_audio_speeches_group_by_item(value: str) -> UsageAudioSpeechesGroupByItem:
    """Return `value` as `UsageAudioSpeechesGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageAudioSpeechesGroupByItem, got {value!r}")
    return cast(UsageAudioSpeechesGroupByItem, value)
