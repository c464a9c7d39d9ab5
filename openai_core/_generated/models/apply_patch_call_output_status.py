# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ApplyPatchCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ApplyPatchCallOutputStatus = Literal["completed", "failed"]

APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES: set[ApplyPatchCallOutputStatus] = {
    "completed",
    "failed",
}


def check_apply_patch_call_output_status(value: str) -> ApplyPatchCallOutputStatus:
    """Return `value` as `ApplyPatchCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ApplyPatchCallOutputStatus, got {value!r}")
    return cast(ApplyPatchCallOutputStatus, value)
