# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageImagesSizesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageImagesSizesItem = Literal["1024x1024", "1024x1792", "1792x1792", "256x256", "512x512"]

USAGE_IMAGES_SIZES_ITEM_VALUES: set[UsageImagesSizesItem] = {
    "1024x1024",
    "1024x1792",
    "1792x1792",
    "256x256",
    "512x512",
}


def check_usage_images_sizes_item(value: str) -> UsageImagesSizesItem:
    """Return `value` as `UsageImagesSizesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageImagesSizesItem, got {value!r}")
    return cast(UsageImagesSizesItem, value)
