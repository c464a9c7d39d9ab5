# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaInputAudioInputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaInputAudioInputAudioFormat = Literal["mp3", "wav"]

BETA_INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES: set[BetaInputAudioInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_beta_input_audio_input_audio_format(value: str) -> BetaInputAudioInputAudioFormat:
    """Return `value` as `BetaInputAudioInputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaInputAudioInputAudioFormat, got {value!r}")
    return cast(BetaInputAudioInputAudioFormat, value)
