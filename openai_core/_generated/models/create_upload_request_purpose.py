# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateUploadRequestPurpose`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateUploadRequestPurpose = Literal["assistants", "batch", "fine-tune", "vision"]

CREATE_UPLOAD_REQUEST_PURPOSE_VALUES: set[CreateUploadRequestPurpose] = {
    "assistants",
    "batch",
    "fine-tune",
    "vision",
}


def check_create_upload_request_purpose(value: str) -> CreateUploadRequestPurpose:
    """Return `value` as `CreateUploadRequestPurpose`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateUploadRequestPurpose, got {value!r}")
    return cast(CreateUploadRequestPurpose, value)
