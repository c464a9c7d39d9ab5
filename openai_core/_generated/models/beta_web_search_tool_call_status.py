# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaWebSearchToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaWebSearchToolCallStatus = Literal["completed", "failed", "in_progress", "searching"]

BETA_WEB_SEARCH_TOOL_CALL_STATUS_VALUES: set[BetaWebSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "searching",
}


def check_beta_web_search_tool_call_status(value: str) -> BetaWebSearchToolCallStatus:
    """Return `value` as `BetaWebSearchToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaWebSearchToolCallStatus, got {value!r}")
    return cast(BetaWebSearchToolCallStatus, value)
