# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InviteRequestProjectsItemRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InviteRequestProjectsItemRole = Literal["member", "owner"]

INVITE_REQUEST_PROJECTS_ITEM_ROLE_VALUES: set[InviteRequestProjectsItemRole] = {
    "member",
    "owner",
}


def check_invite_request_projects_item_role(value: str) -> InviteRequestProjectsItemRole:
    """Return `value` as `InviteRequestProjectsItemRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InviteRequestProjectsItemRole, got {value!r}")
    return cast(InviteRequestProjectsItemRole, value)
