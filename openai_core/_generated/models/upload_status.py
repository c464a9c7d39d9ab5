# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UploadStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UploadStatus = Literal["cancelled", "completed", "expired", "pending"]

UPLOAD_STATUS_VALUES: set[UploadStatus] = {
    "cancelled",
    "completed",
    "expired",
    "pending",
}


def check_upload_status(value: str) -> UploadStatus:
    """Return `value` as `UploadStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UploadStatus, got {value!r}")
    return cast(UploadStatus, value)
