# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageImagesGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageImagesGroupByItem = Literal["api_key_id", "model", "project_id", "size", "source", "user_id"]

USAGE_IMAGES_GROUP_BY_ITEM_VALUES: set[UsageImagesGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "size",
    "source",
    "user_id",
}


def check_usage_images_group_by_item(value: str) -> UsageImagesGroupByItem:
    """Return `value` as `UsageImagesGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageImagesGroupByItem, got {value!r}")
    return cast(UsageImagesGroupByItem, value)
