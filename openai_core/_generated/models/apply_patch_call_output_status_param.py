# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ApplyPatchCallOutputStatusParam`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ApplyPatchCallOutputStatusParam = Literal["completed", "failed"]

APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES: set[ApplyPatchCallOutputStatusParam] = {
    "completed",
    "failed",
}


def check_apply_patch_call_output_status_param(value: str) -> ApplyPatchCallOutputStatusParam:
    """Return `value` as `ApplyPatchCallOutputStatusParam`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ApplyPatchCallOutputStatusParam, got {value!r}")
    return cast(ApplyPatchCallOutputStatusParam, value)
