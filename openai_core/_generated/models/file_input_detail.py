# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FileInputDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FileInputDetail = Literal["auto", "high", "low"]

FILE_INPUT_DETAIL_VALUES: set[FileInputDetail] = {
    "auto",
    "high",
    "low",
}


def check_file_input_detail(value: str) -> FileInputDetail:
    """Return `value` as `FileInputDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FileInputDetail, got {value!r}")
    return cast(FileInputDetail, value)
