# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MCPToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MCPToolCallStatus = Literal["calling", "completed", "failed", "in_progress", "incomplete"]

MCP_TOOL_CALL_STATUS_VALUES: set[MCPToolCallStatus] = {
    "calling",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_mcp_tool_call_status(value: str) -> MCPToolCallStatus:
    """Return `value` as `MCPToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MCPToolCallStatus, got {value!r}")
    return cast(MCPToolCallStatus, value)
