# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeTranscriptionSessionCreateRequestInputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeTranscriptionSessionCreateRequestInputAudioFormat = Literal[
    "g711_alaw", "g711_ulaw", "pcm16"
]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INPUT_AUDIO_FORMAT_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat
] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_transcription_session_create_request_input_audio_format(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestInputAudioFormat:
    """Return `value` as `RealtimeTranscriptionSessionCreateRequestInputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeTranscriptionSessionCreateRequestInputAudioFormat, got {value!r}"
        )
    return cast(RealtimeTranscriptionSessionCreateRequestInputAudioFormat, value)
