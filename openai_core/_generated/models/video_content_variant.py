# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VideoContentVariant`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VideoContentVariant = Literal["spritesheet", "thumbnail", "video"]

VIDEO_CONTENT_VARIANT_VALUES: set[VideoContentVariant] = {
    "spritesheet",
    "thumbnail",
    "video",
}


def check_video_content_variant(value: str) -> VideoContentVariant:
    """Return `value` as `VideoContentVariant`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VideoContentVariant, got {value!r}")
    return cast(VideoContentVariant, value)
