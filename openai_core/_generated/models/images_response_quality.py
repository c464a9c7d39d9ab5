# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImagesResponseQuality`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImagesResponseQuality = Literal["high", "low", "medium"]

IMAGES_RESPONSE_QUALITY_VALUES: set[ImagesResponseQuality] = {
    "high",
    "low",
    "medium",
}


def check_images_response_quality(value: str) -> ImagesResponseQuality:
    """Return `value` as `ImagesResponseQuality`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImagesResponseQuality, got {value!r}")
    return cast(ImagesResponseQuality, value)
