# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VideoSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VideoSize = Literal["1024x1792", "1280x720", "1792x1024", "720x1280"]

VIDEO_SIZE_VALUES: set[VideoSize] = {
    "1024x1792",
    "1280x720",
    "1792x1024",
    "720x1280",
}


def check_video_size(value: str) -> VideoSize:
    """Return `value` as `VideoSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VideoSize, got {value!r}")
    return cast(VideoSize, value)
