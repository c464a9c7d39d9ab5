# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateTranscriptionRequestTimestampGranularitiesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateTranscriptionRequestTimestampGranularitiesItem = Literal["segment", "word"]

CREATE_TRANSCRIPTION_REQUEST_TIMESTAMP_GRANULARITIES_ITEM_VALUES: set[
    CreateTranscriptionRequestTimestampGranularitiesItem
] = {
    "segment",
    "word",
}


def check_create_transcription_request_timestamp_granularities_item(
    value: str,
) -> CreateTranscriptionRequestTimestampGranularitiesItem:
    """Return `value` as `CreateTranscriptionRequestTimestampGranularitiesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateTranscriptionRequestTimestampGranularitiesItem, got {value!r}"
        )
    return cast(CreateTranscriptionRequestTimestampGranularitiesItem, value)
