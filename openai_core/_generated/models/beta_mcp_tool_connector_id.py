# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMCPToolConnectorId`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMCPToolConnectorId = Literal[
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
]

BETA_MCP_TOOL_CONNECTOR_ID_VALUES: set[BetaMCPToolConnectorId] = {
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
}


def check_beta_mcp_tool_connector_id(value: str) -> BetaMCPToolConnectorId:
    """Return `value` as `BetaMCPToolConnectorId`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMCPToolConnectorId, got {value!r}")
    return cast(BetaMCPToolConnectorId, value)
