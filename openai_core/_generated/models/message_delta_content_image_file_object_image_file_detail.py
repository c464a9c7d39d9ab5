# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageDeltaContentImageFileObjectImageFileDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageDeltaContentImageFileObjectImageFileDetail = Literal["auto", "high", "low"]

MESSAGE_DELTA_CONTENT_IMAGE_FILE_OBJECT_IMAGE_FILE_DETAIL_VALUES: set[
    MessageDeltaContentImageFileObjectImageFileDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_delta_content_image_file_object_image_file_detail(
    value: str,
) -> MessageDeltaContentImageFileObjectImageFileDetail:
    """Return `value` as `MessageDeltaContentImageFileObjectImageFileDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for MessageDeltaContentImageFileObjectImageFileDetail, got {value!r}"
        )
    return cast(MessageDeltaContentImageFileObjectImageFileDetail, value)
