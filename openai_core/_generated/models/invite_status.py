# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InviteStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InviteStatus = Literal["accepted", "expired", "pending"]

INVITE_STATUS_VALUES: set[InviteStatus] = {
    "accepted",
    "expired",
    "pending",
}


def check_invite_status(value: str) -> InviteStatus:
    """Return `value` as `InviteStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InviteStatus, got {value!r}")
    return cast(InviteStatus, value)
