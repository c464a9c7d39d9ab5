# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListGroupUsersOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListGroupUsersOrder = Literal["asc", "desc"]

LIST_GROUP_USERS_ORDER_VALUES: set[ListGroupUsersOrder] = {
    "asc",
    "desc",
}


def check_list_group_users_order(value: str) -> ListGroupUsersOrder:
    """Return `value` as `ListGroupUsersOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListGroupUsersOrder, got {value!r}")
    return cast(ListGroupUsersOrder, value)
