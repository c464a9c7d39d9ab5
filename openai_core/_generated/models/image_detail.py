# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImageDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImageDetail = Literal["auto", "high", "low", "original"]

IMAGE_DETAIL_VALUES: set[ImageDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_image_detail(value: str) -> ImageDetail:
    """Return `value` as `ImageDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImageDetail, got {value!r}")
    return cast(ImageDetail, value)
