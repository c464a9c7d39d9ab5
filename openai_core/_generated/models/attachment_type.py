# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AttachmentType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AttachmentType = Literal["file", "image"]

ATTACHMENT_TYPE_VALUES: set[AttachmentType] = {
    "file",
    "image",
}


def check_attachment_type(value: str) -> AttachmentType:
    """Return `value` as `AttachmentType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AttachmentType, got {value!r}")
    return cast(AttachmentType, value)
