# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageWebSearchCallsGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageWebSearchCallsGroupByItem = Literal[
    "api_key_id", "context_level", "model", "project_id", "user_id"
]

USAGE_WEB_SEARCH_CALLS_GROUP_BY_ITEM_VALUES: set[UsageWebSearchCallsGroupByItem] = {
    "api_key_id",
    "context_level",
    "model",
    "project_id",
    "user_id",
}


def check_usage_web_search_calls_group_by_item(value: str) -> UsageWebSearchCallsGroupByItem:
    """Return `value` as `UsageWebSearchCallsGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageWebSearchCallsGroupByItem, got {value!r}")
    return cast(UsageWebSearchCallsGroupByItem, value)
