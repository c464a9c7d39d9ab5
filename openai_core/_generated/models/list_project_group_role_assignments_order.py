# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListProjectGroupRoleAssignmentsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListProjectGroupRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_PROJECT_GROUP_ROLE_ASSIGNMENTS_ORDER_VALUES: set[ListProjectGroupRoleAssignmentsOrder] = {
    "asc",
    "desc",
}


def check_list_project_group_role_assignments_order(
    value: str,
) -> ListProjectGroupRoleAssignmentsOrder:
    """Return `value` as `ListProjectGroupRoleAssignmentsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListProjectGroupRoleAssignmentsOrder, got {value!r}")
    return cast(ListProjectGroupRoleAssignmentsOrder, value)
