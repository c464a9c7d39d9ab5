# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageDeltaContentImageUrlObjectImageUrlDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageDeltaContentImageUrlObjectImageUrlDetail = Literal["auto", "high", "low"]

MESSAGE_DELTA_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES: set[
    MessageDeltaContentImageUrlObjectImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_delta_content_image_url_object_image_url_detail(
    value: str,
) -> MessageDeltaContentImageUrlObjectImageUrlDetail:
    """Return `value` as `MessageDeltaContentImageUrlObjectImageUrlDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for MessageDeltaContentImageUrlObjectImageUrlDetail, got {value!r}"
        )
    return cast(MessageDeltaContentImageUrlObjectImageUrlDetail, value)
