# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListUserRoleAssignmentsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListUserRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_USER_ROLE_ASSIGNMENTS_ORDER_VALUES: set[ListUserRoleAssignmentsOrder] = {
    "asc",
    "desc",
}


def check_list_user_role_assignments_order(value: str) -> ListUserRoleAssignmentsOrder:
    """Return `value` as `ListUserRoleAssignmentsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListUserRoleAssignmentsOrder, got {value!r}")
    return cast(ListUserRoleAssignmentsOrder, value)
