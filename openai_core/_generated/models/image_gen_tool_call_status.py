# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenToolCallStatus = Literal["completed", "failed", "generating", "in_progress"]

IMAGE_GEN_TOOL_CALL_STATUS_VALUES: set[ImageGenToolCallStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_image_gen_tool_call_status(value: str) -> ImageGenToolCallStatus:
    """Return `value` as `ImageGenToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenToolCallStatus, got {value!r}")
    return cast(ImageGenToolCallStatus, value)
