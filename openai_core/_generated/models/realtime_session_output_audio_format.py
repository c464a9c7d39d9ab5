# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeSessionOutputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeSessionOutputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_SESSION_OUTPUT_AUDIO_FORMAT_VALUES: set[RealtimeSessionOutputAudioFormat] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_session_output_audio_format(value: str) -> RealtimeSessionOutputAudioFormat:
    """Return `value` as `RealtimeSessionOutputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeSessionOutputAudioFormat, got {value!r}")
    return cast(RealtimeSessionOutputAudioFormat, value)
