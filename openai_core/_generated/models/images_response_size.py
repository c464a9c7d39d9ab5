# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImagesResponseSize`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImagesResponseSize = Literal["1024x1024", "1024x1536", "1536x1024"]

IMAGES_RESPONSE_SIZE_VALUES: set[ImagesResponseSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
}


def check_images_response_size(value: str) -> ImagesResponseSize:
    """Return `value` as `ImagesResponseSize`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImagesResponseSize, got {value!r}")
    return cast(ImagesResponseSize, value)
