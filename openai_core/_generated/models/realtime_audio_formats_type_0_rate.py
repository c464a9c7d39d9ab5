# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeAudioFormatsType0Rate`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeAudioFormatsType0Rate = Literal[24000]

REALTIME_AUDIO_FORMATS_TYPE_0_RATE_VALUES: set[RealtimeAudioFormatsType0Rate] = {
    24000,
}


def check_realtime_audio_formats_type_0_rate(value: int) -> RealtimeAudioFormatsType0Rate:
    """Return `value` as `RealtimeAudioFormatsType0Rate`; a value the spec does not list is kept as it is."""
    if not isinstance(value, int):
        raise TypeError(f"Expected int for RealtimeAudioFormatsType0Rate, got {value!r}")
    return cast(RealtimeAudioFormatsType0Rate, value)
