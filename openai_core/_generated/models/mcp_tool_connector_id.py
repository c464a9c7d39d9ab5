# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MCPToolConnectorId`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MCPToolConnectorId = Literal[
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
]

MCP_TOOL_CONNECTOR_ID_VALUES: set[MCPToolConnectorId] = {
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
}


def check_mcp_tool_connector_id(value: str) -> MCPToolConnectorId:
    """Return `value` as `MCPToolConnectorId`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MCPToolConnectorId, got {value!r}")
    return cast(MCPToolConnectorId, value)
