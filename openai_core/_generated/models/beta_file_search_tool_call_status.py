# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaFileSearchToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaFileSearchToolCallStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "searching"
]

BETA_FILE_SEARCH_TOOL_CALL_STATUS_VALUES: set[BetaFileSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_beta_file_search_tool_call_status(value: str) -> BetaFileSearchToolCallStatus:
    """Return `value` as `BetaFileSearchToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaFileSearchToolCallStatus, got {value!r}")
    return cast(BetaFileSearchToolCallStatus, value)
