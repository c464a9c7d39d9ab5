# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaApplyPatchCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaApplyPatchCallOutputStatus = Literal["completed", "failed"]

BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES: set[BetaApplyPatchCallOutputStatus] = {
    "completed",
    "failed",
}


def check_beta_apply_patch_call_output_status(value: str) -> BetaApplyPatchCallOutputStatus:
    """Return `value` as `BetaApplyPatchCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaApplyPatchCallOutputStatus, got {value!r}")
    return cast(BetaApplyPatchCallOutputStatus, value)
