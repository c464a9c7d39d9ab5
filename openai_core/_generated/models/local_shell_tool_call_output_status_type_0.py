# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `LocalShellToolCallOutputStatusType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

LocalShellToolCallOutputStatusType0 = Literal["completed", "in_progress", "incomplete"]

LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_TYPE_0_VALUES: set[LocalShellToolCallOutputStatusType0] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_local_shell_tool_call_output_status_type_0(
    value: str,
) -> LocalShellToolCallOutputStatusType0:
    """Return `value` as `LocalShellToolCallOutputStatusType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for LocalShellToolCallOutputStatusType0, got {value!r}")
    return cast(LocalShellToolCallOutputStatusType0, value)
