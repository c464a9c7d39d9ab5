# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaWebSearchPreviewToolType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaWebSearchPreviewToolType = Literal["web_search_preview", "web_search_preview_2025_03_11"]

BETA_WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES: set[BetaWebSearchPreviewToolType] = {
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_beta_web_search_preview_tool_type(value: str) -> BetaWebSearchPreviewToolType:
    """Return `value` as `BetaWebSearchPreviewToolType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaWebSearchPreviewToolType, got {value!r}")
    return cast(BetaWebSearchPreviewToolType, value)
