# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageModerationsGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageModerationsGroupByItem = Literal["api_key_id", "model", "project_id", "user_id"]

USAGE_MODERATIONS_GROUP_BY_ITEM_VALUES: set[UsageModerationsGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_moderations_group_by_item(value: str) -> UsageModerationsGroupByItem:
    """Return `value` as `UsageModerationsGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageModerationsGroupByItem, got {value!r}")
    return cast(UsageModerationsGroupByItem, value)
