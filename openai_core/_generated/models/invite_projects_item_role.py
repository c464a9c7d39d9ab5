# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InviteProjectsItemRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InviteProjectsItemRole = Literal["member", "owner"]

INVITE_PROJECTS_ITEM_ROLE_VALUES: set[InviteProjectsItemRole] = {
    "member",
    "owner",
}


def check_invite_projects_item_role(value: str) -> InviteProjectsItemRole:
    """Return `value` as `InviteProjectsItemRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InviteProjectsItemRole, got {value!r}")
    return cast(InviteProjectsItemRole, value)
