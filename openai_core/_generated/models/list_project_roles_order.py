# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListProjectRolesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListProjectRolesOrder = Literal["asc", "desc"]

LIST_PROJECT_ROLES_ORDER_VALUES: set[ListProjectRolesOrder] = {
    "asc",
    "desc",
}


def check_list_project_roles_order(value: str) -> ListProjectRolesOrder:
    """Return `value` as `ListProjectRolesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListProjectRolesOrder, got {value!r}")
    return cast(ListProjectRolesOrder, value)
