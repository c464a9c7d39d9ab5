# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageWebSearchCallsContextLevelsItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageWebSearchCallsContextLevelsItem = Literal["high", "low", "medium"]

USAGE_WEB_SEARCH_CALLS_CONTEXT_LEVELS_ITEM_VALUES: set[UsageWebSearchCallsContextLevelsItem] = {
    "high",
    "low",
    "medium",
}


def check_usage_web_search_calls_context_levels_item(
    value: str,
) -> UsageWebSearchCallsContextLevelsItem:
    """Return `value` as `UsageWebSearchCallsContextLevelsItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageWebSearchCallsContextLevelsItem, got {value!r}")
    return cast(UsageWebSearchCallsContextLevelsItem, value)
