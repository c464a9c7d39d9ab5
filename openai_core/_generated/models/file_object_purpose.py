# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FileObjectPurpose`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FileObjectPurpose = Literal[
    "assistants",
    "assistants_output",
    "batch",
    "batch_output",
    "fine-tune",
    "fine-tune-results",
    "user_data",
    "vision",
]

FILE_OBJECT_PURPOSE_VALUES: set[FileObjectPurpose] = {
    "assistants",
    "assistants_output",
    "batch",
    "batch_output",
    "fine-tune",
    "fine-tune-results",
    "user_data",
    "vision",
}


def check_file_object_purpose(value: str) -> FileObjectPurpose:
    """Return `value` as `FileObjectPurpose`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FileObjectPurpose, got {value!r}")
    return cast(FileObjectPurpose, value)
