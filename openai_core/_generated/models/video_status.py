# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VideoStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VideoStatus = Literal["completed", "failed", "in_progress", "queued"]

VIDEO_STATUS_VALUES: set[VideoStatus] = {
    "completed",
    "failed",
    "in_progress",
    "queued",
}


def check_video_status(value: str) -> VideoStatus:
    """Return `value` as `VideoStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VideoStatus, got {value!r}")
    return cast(VideoStatus, value)
