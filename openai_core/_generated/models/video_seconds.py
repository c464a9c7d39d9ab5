# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VideoSeconds`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VideoSeconds = Literal["12", "4", "8"]

VIDEO_SECONDS_VALUES: set[VideoSeconds] = {
    "12",
    "4",
    "8",
}


def check_video_seconds(value: str) -> VideoSeconds:
    """Return `value` as `VideoSeconds`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VideoSeconds, got {value!r}")
    return cast(VideoSeconds, value)
