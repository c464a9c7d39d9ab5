# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageCostsGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageCostsGroupByItem = Literal["api_key_id", "line_item", "project_id"]

USAGE_COSTS_GROUP_BY_ITEM_VALUES: set[UsageCostsGroupByItem] = {
    "api_key_id",
    "line_item",
    "project_id",
}


def check_usage_costs_group_by_item(value: str) -> UsageCostsGroupByItem:
    """Return `value` as `UsageCostsGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageCostsGroupByItem, got {value!r}")
    return cast(UsageCostsGroupByItem, value)
