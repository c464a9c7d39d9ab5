# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `LocalShellToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

LocalShellToolCallStatus = Literal["completed", "in_progress", "incomplete"]

LOCAL_SHELL_TOOL_CALL_STATUS_VALUES: set[LocalShellToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_local_shell_tool_call_status(value: str) -> LocalShellToolCallStatus:
    """Return `value` as `LocalShellToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for LocalShellToolCallStatus, got {value!r}")
    return cast(LocalShellToolCallStatus, value)
