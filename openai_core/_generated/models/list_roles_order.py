# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListRolesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListRolesOrder = Literal["asc", "desc"]

LIST_ROLES_ORDER_VALUES: set[ListRolesOrder] = {
    "asc",
    "desc",
}


def check_list_roles_order(value: str) -> ListRolesOrder:
    """Return `value` as `ListRolesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListRolesOrder, got {value!r}")
    return cast(ListRolesOrder, value)
