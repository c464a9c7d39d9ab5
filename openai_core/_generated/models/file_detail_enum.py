# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FileDetailEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FileDetailEnum = Literal["auto", "high", "low"]

FILE_DETAIL_ENUM_VALUES: set[FileDetailEnum] = {
    "auto",
    "high",
    "low",
}


def check_file_detail_enum(value: str) -> FileDetailEnum:
    """Return `value` as `FileDetailEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FileDetailEnum, got {value!r}")
    return cast(FileDetailEnum, value)
