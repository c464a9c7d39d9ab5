# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GroupMemberUserUserType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GroupMemberUserUserType = Literal["tenant_user", "user"]

GROUP_MEMBER_USER_USER_TYPE_VALUES: set[GroupMemberUserUserType] = {
    "tenant_user",
    "user",
}


def check_group_member_user_user_type(value: str) -> GroupMemberUserUserType:
    """Return `value` as `GroupMemberUserUserType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GroupMemberUserUserType, got {value!r}")
    return cast(GroupMemberUserUserType, value)
