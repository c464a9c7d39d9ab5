# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `WebSearchToolSearchContextSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

WebSearchToolSearchContextSize = Literal["high", "low", "medium"]

WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[WebSearchToolSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_web_search_tool_search_context_size(value: str) -> WebSearchToolSearchContextSize:
    """Return `value` as `WebSearchToolSearchContextSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for WebSearchToolSearchContextSize, got {value!r}")
    return cast(WebSearchToolSearchContextSize, value)
