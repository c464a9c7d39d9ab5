# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaLocalShellToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaLocalShellToolCallStatus = Literal["completed", "in_progress", "incomplete"]

BETA_LOCAL_SHELL_TOOL_CALL_STATUS_VALUES: set[BetaLocalShellToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_local_shell_tool_call_status(value: str) -> BetaLocalShellToolCallStatus:
    """Return `value` as `BetaLocalShellToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaLocalShellToolCallStatus, got {value!r}")
    return cast(BetaLocalShellToolCallStatus, value)
