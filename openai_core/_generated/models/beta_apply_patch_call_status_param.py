# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaApplyPatchCallStatusParam`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaApplyPatchCallStatusParam = Literal["completed", "in_progress"]

BETA_APPLY_PATCH_CALL_STATUS_PARAM_VALUES: set[BetaApplyPatchCallStatusParam] = {
    "completed",
    "in_progress",
}


def check_beta_apply_patch_call_status_param(value: str) -> BetaApplyPatchCallStatusParam:
    """Return `value` as `BetaApplyPatchCallStatusParam`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaApplyPatchCallStatusParam, got {value!r}")
    return cast(BetaApplyPatchCallStatusParam, value)
