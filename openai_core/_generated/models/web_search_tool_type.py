# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `WebSearchToolType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

WebSearchToolType = Literal["web_search", "web_search_2025_08_26"]

WEB_SEARCH_TOOL_TYPE_VALUES: set[WebSearchToolType] = {
    "web_search",
    "web_search_2025_08_26",
}


def check_web_search_tool_type(value: str) -> WebSearchToolType:
    """Return `value` as `WebSearchToolType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for WebSearchToolType, got {value!r}")
    return cast(WebSearchToolType, value)
