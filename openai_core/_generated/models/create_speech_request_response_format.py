# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateSpeechRequestResponseFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateSpeechRequestResponseFormat = Literal["aac", "flac", "mp3", "opus", "pcm", "wav"]

CREATE_SPEECH_REQUEST_RESPONSE_FORMAT_VALUES: set[CreateSpeechRequestResponseFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "wav",
}


def check_create_speech_request_response_format(value: str) -> CreateSpeechRequestResponseFormat:
    """Return `value` as `CreateSpeechRequestResponseFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateSpeechRequestResponseFormat, got {value!r}")
    return cast(CreateSpeechRequestResponseFormat, value)
