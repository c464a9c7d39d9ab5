# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionCreateParamsAudioType0Format`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionCreateParamsAudioType0Format = Literal["aac", "flac", "mp3", "opus", "pcm16", "wav"]

CHAT_COMPLETION_CREATE_PARAMS_AUDIO_TYPE_0_FORMAT_VALUES: set[
    ChatCompletionCreateParamsAudioType0Format
] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm16",
    "wav",
}


def check_chat_completion_create_params_audio_type_0_format(
    value: str,
) -> ChatCompletionCreateParamsAudioType0Format:
    """Return `value` as `ChatCompletionCreateParamsAudioType0Format`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ChatCompletionCreateParamsAudioType0Format, got {value!r}"
        )
    return cast(ChatCompletionCreateParamsAudioType0Format, value)
