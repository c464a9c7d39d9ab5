# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeSessionInputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeSessionInputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_SESSION_INPUT_AUDIO_FORMAT_VALUES: set[RealtimeSessionInputAudioFormat] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_session_input_audio_format(value: str) -> RealtimeSessionInputAudioFormat:
    """Return `value` as `RealtimeSessionInputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeSessionInputAudioFormat, got {value!r}")
    return cast(RealtimeSessionInputAudioFormat, value)
