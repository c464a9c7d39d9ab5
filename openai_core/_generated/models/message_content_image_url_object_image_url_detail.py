# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageContentImageUrlObjectImageUrlDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageContentImageUrlObjectImageUrlDetail = Literal["auto", "high", "low"]

MESSAGE_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES: set[
    MessageContentImageUrlObjectImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_content_image_url_object_image_url_detail(
    value: str,
) -> MessageContentImageUrlObjectImageUrlDetail:
    """Return `value` as `MessageContentImageUrlObjectImageUrlDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for MessageContentImageUrlObjectImageUrlDetail, got {value!r}"
        )
    return cast(MessageContentImageUrlObjectImageUrlDetail, value)
