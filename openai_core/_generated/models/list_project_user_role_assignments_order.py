# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListProjectUserRoleAssignmentsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListProjectUserRoleAssignmentsOrder = Literal["asc", "desc"]

LIST_PROJECT_USER_ROLE_ASSIGNMENTS_ORDER_VALUES: set[ListProjectUserRoleAssignmentsOrder] = {
    "asc",
    "desc",
}


def check_list_project_user_role_assignments_order(
    value: str,
) -> ListProjectUserRoleAssignmentsOrder:
    """Return `value` as `ListProjectUserRoleAssignmentsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListProjectUserRoleAssignmentsOrder, got {value!r}")
    return cast(ListProjectUserRoleAssignmentsOrder, value)
