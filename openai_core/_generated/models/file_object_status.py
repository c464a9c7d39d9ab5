# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FileObjectStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FileObjectStatus = Literal["error", "processed", "uploaded"]

FILE_OBJECT_STATUS_VALUES: set[FileObjectStatus] = {
    "error",
    "processed",
    "uploaded",
}


def check_file_object_status(value: str) -> FileObjectStatus:
    """Return `value` as `FileObjectStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FileObjectStatus, got {value!r}")
    return cast(FileObjectStatus, value)
