# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListProjectGroupsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListProjectGroupsOrder = Literal["asc", "desc"]

LIST_PROJECT_GROUPS_ORDER_VALUES: set[ListProjectGroupsOrder] = {
    "asc",
    "desc",
}


def check_list_project_groups_order(value: str) -> ListProjectGroupsOrder:
    """Return `value` as `ListProjectGroupsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListProjectGroupsOrder, got {value!r}")
    return cast(ListProjectGroupsOrder, value)
