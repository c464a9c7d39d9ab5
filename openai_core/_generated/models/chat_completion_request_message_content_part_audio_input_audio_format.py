# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionRequestMessageContentPartAudioInputAudioFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionRequestMessageContentPartAudioInputAudioFormat = Literal["mp3", "wav"]

CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_AUDIO_INPUT_AUDIO_FORMAT_VALUES: set[
    ChatCompletionRequestMessageContentPartAudioInputAudioFormat
] = {
    "mp3",
    "wav",
}


def check_chat_completion_request_message_content_part_audio_input_audio_format(
    value: str,
) -> ChatCompletionRequestMessageContentPartAudioInputAudioFormat:
    """Return `value` as `ChatCompletionRequestMessageContentPartAudioInputAudioFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ChatCompletionRequestMessageContentPartAudioInputAudioFormat, got {value!r}"
        )
    return cast(ChatCompletionRequestMessageContentPartAudioInputAudioFormat, value)
