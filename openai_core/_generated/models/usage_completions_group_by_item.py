# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageCompletionsGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageCompletionsGroupByItem = Literal[
    "api_key_id", "batch", "model", "project_id", "service_tier", "user_id"
]

USAGE_COMPLETIONS_GROUP_BY_ITEM_VALUES: set[UsageCompletionsGroupByItem] = {
    "api_key_id",
    "batch",
    "model",
    "project_id",
    "service_tier",
    "user_id",
}


def check_usage_completions_group_by_item(value: str) -> UsageCompletionsGroupByItem:
    """Return `value` as `UsageCompletionsGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageCompletionsGroupByItem, got {value!r}")
    return cast(UsageCompletionsGroupByItem, value)
