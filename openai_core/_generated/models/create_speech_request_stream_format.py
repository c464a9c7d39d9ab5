# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateSpeechRequestStreamFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateSpeechRequestStreamFormat = Literal["audio", "sse"]

CREATE_SPEECH_REQUEST_STREAM_FORMAT_VALUES: set[CreateSpeechRequestStreamFormat] = {
    "audio",
    "sse",
}


def check_create_speech_request_stream_format(value: str) -> CreateSpeechRequestStreamFormat:
    """Return `value` as `CreateSpeechRequestStreamFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateSpeechRequestStreamFormat, got {value!r}")
    return cast(CreateSpeechRequestStreamFormat, value)
