# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateTranscriptionRequestModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateTranscriptionRequestModelType1 = Literal[
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-transcribe",
    "whisper-1",
]

CREATE_TRANSCRIPTION_REQUEST_MODEL_TYPE_1_VALUES: set[CreateTranscriptionRequestModelType1] = {
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-transcribe",
    "whisper-1",
}


def check_create_transcription_request_model_type_1(
    value: str,
) -> CreateTranscriptionRequestModelType1:
    """Return `value` as `CreateTranscriptionRequestModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateTranscriptionRequestModelType1, got {value!r}")
    return cast(CreateTranscriptionRequestModelType1, value)
