# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaApplyPatchCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaApplyPatchCallStatus = Literal["completed", "in_progress"]

BETA_APPLY_PATCH_CALL_STATUS_VALUES: set[BetaApplyPatchCallStatus] = {
    "completed",
    "in_progress",
}


def check_beta_apply_patch_call_status(value: str) -> BetaApplyPatchCallStatus:
    """Return `value` as `BetaApplyPatchCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaApplyPatchCallStatus, got {value!r}")
    return cast(BetaApplyPatchCallStatus, value)
