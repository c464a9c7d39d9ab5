# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseCreateParamsOutputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseCreateParamsOutputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_OUTPUT_AUDIO_FORMAT_VALUES: set[
    RealtimeBetaResponseCreateParamsOutputAudioFormat
] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_beta_response_create_params_output_audio_format(
    value: str,
) -> RealtimeBetaResponseCreateParamsOutputAudioFormat:
    """Return `value` as `RealtimeBetaResponseCreateParamsOutputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeBetaResponseCreateParamsOutputAudioFormat, got {value!r}"
        )
    return cast(RealtimeBetaResponseCreateParamsOutputAudioFormat, value)
