# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InviteRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InviteRole = Literal["owner", "reader"]

INVITE_ROLE_VALUES: set[InviteRole] = {
    "owner",
    "reader",
}


def check_invite_role(value: str) -> InviteRole:
    """Return `value` as `InviteRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InviteRole, got {value!r}")
    return cast(InviteRole, value)
