# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateTranslationRequestResponseFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateTranslationRequestResponseFormat = Literal["json", "srt", "text", "verbose_json", "vtt"]

CREATE_TRANSLATION_REQUEST_RESPONSE_FORMAT_VALUES: set[CreateTranslationRequestResponseFormat] = {
    "json",
    "srt",
    "text",
    "verbose_json",
    "vtt",
}


def check_create_translation_request_response_format(
    value: str,
) -> CreateTranslationRequestResponseFormat:
    """Return `value` as `CreateTranslationRequestResponseFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateTranslationRequestResponseFormat, got {value!r}")
    return cast(CreateTranslationRequestResponseFormat, value)
