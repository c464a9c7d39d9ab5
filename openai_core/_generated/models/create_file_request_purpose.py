# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateFileRequestPurpose`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateFileRequestPurpose = Literal[
    "assistants", "batch", "evals", "fine-tune", "user_data", "vision"
]

CREATE_FILE_REQUEST_PURPOSE_VALUES: set[CreateFileRequestPurpose] = {
    "assistants",
    "batch",
    "evals",
    "fine-tune",
    "user_data",
    "vision",
}


def check_create_file_request_purpose(value: str) -> CreateFileRequestPurpose:
    """Return `value` as `CreateFileRequestPurpose`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateFileRequestPurpose, got {value!r}")
    return cast(CreateFileRequestPurpose, value)
