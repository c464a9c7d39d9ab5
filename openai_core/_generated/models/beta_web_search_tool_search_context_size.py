# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaWebSearchToolSearchContextSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaWebSearchToolSearchContextSize = Literal["high", "low", "medium"]

BETA_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[BetaWebSearchToolSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_beta_web_search_tool_search_context_size(
    value: str,
) -> BetaWebSearchToolSearchContextSize:
    """Return `value` as `BetaWebSearchToolSearchContextSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaWebSearchToolSearchContextSize, got {value!r}")
    return cast(BetaWebSearchToolSearchContextSize, value)
