# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaWebSearchToolType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaWebSearchToolType = Literal["web_search", "web_search_2025_08_26"]

BETA_WEB_SEARCH_TOOL_TYPE_VALUES: set[BetaWebSearchToolType] = {
    "web_search",
    "web_search_2025_08_26",
}


def check_beta_web_search_tool_type(value: str) -> BetaWebSearchToolType:
    """Return `value` as `BetaWebSearchToolType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaWebSearchToolType, got {value!r}")
    return cast(BetaWebSearchToolType, value)
