# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `WebSearchToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

WebSearchToolCallStatus = Literal["completed", "failed", "in_progress", "searching"]

WEB_SEARCH_TOOL_CALL_STATUS_VALUES: set[WebSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "searching",
}


def check_web_search_tool_call_status(value: str) -> WebSearchToolCallStatus:
    """Return `value` as `WebSearchToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for WebSearchToolCallStatus, got {value!r}")
    return cast(WebSearchToolCallStatus, value)
