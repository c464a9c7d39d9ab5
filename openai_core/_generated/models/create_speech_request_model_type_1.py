# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateSpeechRequestModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateSpeechRequestModelType1 = Literal[
    "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15", "tts-1", "tts-1-hd"
]

CREATE_SPEECH_REQUEST_MODEL_TYPE_1_VALUES: set[CreateSpeechRequestModelType1] = {
    "gpt-4o-mini-tts",
    "gpt-4o-mini-tts-2025-12-15",
    "tts-1",
    "tts-1-hd",
}


def check_create_speech_request_model_type_1(value: str) -> CreateSpeechRequestModelType1:
    """Return `value` as `CreateSpeechRequestModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateSpeechRequestModelType1, got {value!r}")
    return cast(CreateSpeechRequestModelType1, value)
