# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FileSearchToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FileSearchToolCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "searching"]

FILE_SEARCH_TOOL_CALL_STATUS_VALUES: set[FileSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_file_search_tool_call_status(value: str) -> FileSearchToolCallStatus:
    """Return `value` as `FileSearchToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FileSearchToolCallStatus, got {value!r}")
    return cast(FileSearchToolCallStatus, value)
