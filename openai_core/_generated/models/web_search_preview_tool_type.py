# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `WebSearchPreviewToolType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

WebSearchPreviewToolType = Literal["web_search_preview", "web_search_preview_2025_03_11"]

WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES: set[WebSearchPreviewToolType] = {
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_web_search_preview_tool_type(value: str) -> WebSearchPreviewToolType:
    """Return `value` as `WebSearchPreviewToolType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for WebSearchPreviewToolType, got {value!r}")
    return cast(WebSearchPreviewToolType, value)
