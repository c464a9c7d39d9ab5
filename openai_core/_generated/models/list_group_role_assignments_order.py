# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListGroupRoleAssignmentsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListGroupRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES: set[ListGroupRoleAssignmentsOrder] = {
    "asc",
    "desc",
}


def check_list_group_role_assignments_order(value: str) -> ListGroupRoleAssignmentsOrder:
    """Return `value` as `ListGroupRoleAssignmentsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListGroupRoleAssignmentsOrder, got {value!r}")
    return cast(ListGroupRoleAssignmentsOrder, value)
