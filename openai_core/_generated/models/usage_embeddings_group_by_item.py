# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageEmbeddingsGroupByItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageEmbeddingsGroupByItem = Literal["api_key_id", "model", "project_id", "user_id"]

USAGE_EMBEDDINGS_GROUP_BY_ITEM_VALUES: set[UsageEmbeddingsGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_embeddings_group_by_item(value: str) -> UsageEmbeddingsGroupByItem:
    """Return `value` as `UsageEmbeddingsGroupByItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageEmbeddingsGroupByItem, got {value!r}")
    return cast(UsageEmbeddingsGroupByItem, value)
