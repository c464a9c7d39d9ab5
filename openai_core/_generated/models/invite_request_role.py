# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InviteRequestRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InviteRequestRole = Literal["owner", "reader"]

INVITE_REQUEST_ROLE_VALUES: set[InviteRequestRole] = {
    "owner",
    "reader",
}


def check_invite_request_role(value: str) -> InviteRequestRole:
    """Return `value` as `InviteRequestRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InviteRequestRole, got {value!r}")
    return cast(InviteRequestRole, value)
