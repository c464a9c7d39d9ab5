# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AudioTranscriptionDelay`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AudioTranscriptionDelay = Literal["high", "low", "medium", "minimal", "xhigh"]

AUDIO_TRANSCRIPTION_DELAY_VALUES: set[AudioTranscriptionDelay] = {
    "high",
    "low",
    "medium",
    "minimal",
    "xhigh",
}


def check_audio_transcription_delay(value: str) -> AudioTranscriptionDelay:
    """Return `value` as `AudioTranscriptionDelay`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AudioTranscriptionDelay, got {value!r}")
    return cast(AudioTranscriptionDelay, value)
