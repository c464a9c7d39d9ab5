# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AudioResponseFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AudioResponseFormat = Literal["diarized_json", "json", "srt", "text", "verbose_json", "vtt"]

AUDIO_RESPONSE_FORMAT_VALUES: set[AudioResponseFormat] = {
    "diarized_json",
    "json",
    "srt",
    "text",
    "verbose_json",
    "vtt",
}


def check_audio_response_format(value: str) -> AudioResponseFormat:
    """Return `value` as `AudioResponseFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AudioResponseFormat, got {value!r}")
    return cast(AudioResponseFormat, value)
