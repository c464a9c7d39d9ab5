# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaApplyPatchCallOutputStatusParam`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaApplyPatchCallOutputStatusParam = Literal["completed", "failed"]

BETA_APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES: set[BetaApplyPatchCallOutputStatusParam] = {
    "completed",
    "failed",
}


def check_beta_apply_patch_call_output_status_param(
    value: str,
) -> BetaApplyPatchCallOutputStatusParam:
    """Return `value` as `BetaApplyPatchCallOutputStatusParam`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaApplyPatchCallOutputStatusParam, got {value!r}")
    return cast(BetaApplyPatchCallOutputStatusParam, value)
