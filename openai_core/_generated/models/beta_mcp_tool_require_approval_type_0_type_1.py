# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMCPToolRequireApprovalType0Type1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMCPToolRequireApprovalType0Type1 = Literal["always", "never"]

BETA_MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_TYPE_1_VALUES: set[BetaMCPToolRequireApprovalType0Type1] = {
    "always",
    "never",
}


def check_beta_mcp_tool_require_approval_type_0_type_1(
    value: str,
) -> BetaMCPToolRequireApprovalType0Type1:
    """Return `value` as `BetaMCPToolRequireApprovalType0Type1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMCPToolRequireApprovalType0Type1, got {value!r}")
    return cast(BetaMCPToolRequireApprovalType0Type1, value)
