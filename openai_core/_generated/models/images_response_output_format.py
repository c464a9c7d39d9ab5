# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImagesResponseOutputFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImagesResponseOutputFormat = Literal["jpeg", "png", "webp"]

IMAGES_RESPONSE_OUTPUT_FORMAT_VALUES: set[ImagesResponseOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_images_response_output_format(value: str) -> ImagesResponseOutputFormat:
    """Return `value` as `ImagesResponseOutputFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImagesResponseOutputFormat, got {value!r}")
    return cast(ImagesResponseOutputFormat, value)
