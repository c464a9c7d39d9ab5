# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageAudioSpeechesBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageAudioSpeechesBucketWidth = Literal["1d", "1h", "1m"]

USAGE_AUDIO_SPEECHES_BUCKET_WIDTH_VALUES: set[UsageAudioSpeechesBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_audio_speeches_bucket_width(value: str) -> UsageAudioSpeechesBucketWidth:
    """Return `value` as `UsageAudioSpeechesBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageAudioSpeechesBucketWidth, got {value!r}")
    return cast(UsageAudioSpeechesBucketWidth, value)
