# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageImagesSourcesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageImagesSourcesItem = Literal["image.edit", "image.generation", "image.variation"]

USAGE_IMAGES_SOURCES_ITEM_VALUES: set[UsageImagesSourcesItem] = {
    "image.edit",
    "image.generation",
    "image.variation",
}


def check_usage_images_sources_item(value: str) -> UsageImagesSourcesItem:
    """Return `value` as `UsageImagesSourcesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageImagesSourcesItem, got {value!r}")
    return cast(UsageImagesSourcesItem, value)
