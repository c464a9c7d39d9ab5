# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseOutputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseOutputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_BETA_RESPONSE_OUTPUT_AUDIO_FORMAT_VALUES: set[RealtimeBetaResponseOutputAudioFormat] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_beta_response_output_audio_format(
    value: str,
) -> RealtimeBetaResponseOutputAudioFormat:
    """Return `value` as `RealtimeBetaResponseOutputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeBetaResponseOutputAudioFormat, got {value!r}")
    return cast(RealtimeBetaResponseOutputAudioFormat, value)
