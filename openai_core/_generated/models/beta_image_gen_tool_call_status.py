# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageGenToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageGenToolCallStatus = Literal["completed", "failed", "generating", "in_progress"]

BETA_IMAGE_GEN_TOOL_CALL_STATUS_VALUES: set[BetaImageGenToolCallStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_beta_image_gen_tool_call_status(value: str) -> BetaImageGenToolCallStatus:
    """Return `value` as `BetaImageGenToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageGenToolCallStatus, got {value!r}")
    return cast(BetaImageGenToolCallStatus, value)
