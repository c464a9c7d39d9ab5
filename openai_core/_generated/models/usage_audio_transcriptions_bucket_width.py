# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageAudioTranscriptionsBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageAudioTranscriptionsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_AUDIO_TRANSCRIPTIONS_BUCKET_WIDTH_VALUES: set[UsageAudioTranscriptionsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_audio_transcriptions_bucket_width(
    value: str,
) -> UsageAudioTranscriptionsBucketWidth:
    """Return `value` as `UsageAudioTranscriptionsBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageAudioTranscriptionsBucketWidth, got {value!r}")
    return cast(UsageAudioTranscriptionsBucketWidth, value)
