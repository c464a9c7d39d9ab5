# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionRequestMessageContentPartImageImageUrlDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionRequestMessageContentPartImageImageUrlDetail = Literal["auto", "high", "low"]

CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_IMAGE_IMAGE_URL_DETAIL_VALUES: set[
    ChatCompletionRequestMessageContentPartImageImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_chat_completion_request_message_content_part_image_image_url_detail(
    value: str,
) -> ChatCompletionRequestMessageContentPartImageImageUrlDetail:
    """Return `value` as `ChatCompletionRequestMessageContentPartImageImageUrlDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ChatCompletionRequestMessageContentPartImageImageUrlDetail, got {value!r}"
        )
    return cast(ChatCompletionRequestMessageContentPartImageImageUrlDetail, value)
