# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InputAudioInputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InputAudioInputAudioFormat = Literal["mp3", "wav"]

INPUT_AUDIO_INPUT_AUDIO_FORMAT_VALUES: set[InputAudioInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_input_audio_input_audio_format(value: str) -> InputAudioInputAudioFormat:
    """Return `value` as `InputAudioInputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InputAudioInputAudioFormat, got {value!r}")
    return cast(InputAudioInputAudioFormat, value)
