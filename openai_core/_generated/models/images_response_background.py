# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ImagesResponseBackground`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ImagesResponseBackground = Literal["opaque", "transparent"]

IMAGES_RESPONSE_BACKGROUND_VALUES: set[ImagesResponseBackground] = {
    "opaque",
    "transparent",
}


def check_images_response_background(value: str) -> ImagesResponseBackground:
    """Return `value` as `ImagesResponseBackground`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ImagesResponseBackground, got {value!r}")
    return cast(ImagesResponseBackground, value)
