# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageGenCompletedEventOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageGenCompletedEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_GEN_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES: set[ImageGenCompletedEventOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_gen_completed_event_output_format(value: str) -> ImageGenCompletedEventOutputFormat:
    """Return `value` as `ImageGenCompletedEventOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageGenCompletedEventOutputFormat, got {value!r}")
    return cast(ImageGenCompletedEventOutputFormat, value)
