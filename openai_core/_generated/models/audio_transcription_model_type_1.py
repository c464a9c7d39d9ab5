# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AudioTranscriptionModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AudioTranscriptionModelType1 = Literal[
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-live-transcribe",
    "gpt-realtime-whisper",
    "gpt-transcribe",
    "whisper-1",
]

AUDIO_TRANSCRIPTION_MODEL_TYPE_1_VALUES: set[AudioTranscriptionModelType1] = {
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-live-transcribe",
    "gpt-realtime-whisper",
    "gpt-transcribe",
    "whisper-1",
}


def check_audio_transcription_model_type_1(value: str) -> AudioTranscriptionModelType1:
    """Return `value` as `AudioTranscriptionModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AudioTranscriptionModelType1, got {value!r}")
    return cast(AudioTranscriptionModelType1, value)
