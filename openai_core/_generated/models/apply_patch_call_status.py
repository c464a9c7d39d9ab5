# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ApplyPatchCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ApplyPatchCallStatus = Literal["completed", "in_progress"]

APPLY_PATCH_CALL_STATUS_VALUES: set[ApplyPatchCallStatus] = {
    "completed",
    "in_progress",
}


def check_apply_patch_call_status(value: str) -> ApplyPatchCallStatus:
    """Return `value` as `ApplyPatchCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ApplyPatchCallStatus, got {value!r}")
    return cast(ApplyPatchCallStatus, value)
