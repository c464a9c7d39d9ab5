# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageFileSearchCallsGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageFileSearchCallsGroupByItem = Literal["api_key_id", "project_id", "user_id", "vector_store_id"]

USAGE_FILE_SEARCH_CALLS_GROUP_BY_ITEM_VALUES: set[UsageFileSearchCallsGroupByItem] = {
    "api_key_id",
    "project_id",
    "user_id",
    "vector_store_id",
}


def check_usage_file_search_calls_group_by_item(value: str) -> UsageFileSearchCallsGroupByItem:
    """Return `value` as `UsageFileSearchCallsGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageFileSearchCallsGroupByItem, got {value!r}")
    return cast(UsageFileSearchCallsGroupByItem, value)
