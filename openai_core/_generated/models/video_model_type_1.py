# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VideoModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VideoModelType1 = Literal[
    "sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08", "sora-2-pro", "sora-2-pro-2025-10-06"
]

VIDEO_MODEL_TYPE_1_VALUES: set[VideoModelType1] = {
    "sora-2",
    "sora-2-2025-10-06",
    "sora-2-2025-12-08",
    "sora-2-pro",
    "sora-2-pro-2025-10-06",
}


def check_video_model_type_1(value: str) -> VideoModelType1:
    """Return `value` as `VideoModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VideoModelType1, got {value!r}")
    return cast(VideoModelType1, value)
