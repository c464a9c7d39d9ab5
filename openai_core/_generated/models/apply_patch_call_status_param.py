# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ApplyPatchCallStatusParam`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ApplyPatchCallStatusParam = Literal["completed", "in_progress"]

APPLY_PATCH_CALL_STATUS_PARAM_VALUES: set[ApplyPatchCallStatusParam] = {
    "completed",
    "in_progress",
}


def check_apply_patch_call_status_param(value: str) -> ApplyPatchCallStatusParam:
    """Return `value` as `ApplyPatchCallStatusParam`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ApplyPatchCallStatusParam, got {value!r}")
    return cast(ApplyPatchCallStatusParam, value)
