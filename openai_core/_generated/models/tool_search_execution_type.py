# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ToolSearchExecutionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ToolSearchExecutionType = Literal["client", "server"]

TOOL_SEARCH_EXECUTION_TYPE_VALUES: set[ToolSearchExecutionType] = {
    "client",
    "server",
}


def check_tool_search_execution_type(value: str) -> ToolSearchExecutionType:
    """Return `value` as `ToolSearchExecutionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ToolSearchExecutionType, got {value!r}")
    return cast(ToolSearchExecutionType, value)
