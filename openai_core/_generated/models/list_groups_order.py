# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListGroupsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListGroupsOrder = Literal["asc", "desc"]

LIST_GROUPS_ORDER_VALUES: set[ListGroupsOrder] = {
    "asc",
    "desc",
}


def check_list_groups_order(value: str) -> ListGroupsOrder:
    """Return `value` as `ListGroupsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListGroupsOrder, got {value!r}")
    return cast(ListGroupsOrder, value)
