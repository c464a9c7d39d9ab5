# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageContentImageFileObjectImageFileDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageContentImageFileObjectImageFileDetail = Literal["auto", "high", "low"]

MESSAGE_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES: set[
    MessageContentImageFileObjectImageFileDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_content_image_file_object_image_file_detail(
    value: str,
) -> MessageContentImageFileObjectImageFileDetail:
    """Return `value` as `MessageContentImageFileObjectImageFileDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for MessageContentImageFileObjectImageFileDetail, got {value!r}"
        )
    return cast(MessageContentImageFileObjectImageFileDetail, value)
