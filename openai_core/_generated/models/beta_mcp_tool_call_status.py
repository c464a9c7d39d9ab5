# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMCPToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMCPToolCallStatus = Literal["calling", "completed", "failed", "in_progress", "incomplete"]

BETA_MCP_TOOL_CALL_STATUS_VALUES: set[BetaMCPToolCallStatus] = {
    "calling",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_beta_mcp_tool_call_status(value: str) -> BetaMCPToolCallStatus:
    """Return `value` as `BetaMCPToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMCPToolCallStatus, got {value!r}")
    return cast(BetaMCPToolCallStatus, value)
