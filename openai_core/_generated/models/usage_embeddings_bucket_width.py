# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageEmbeddingsBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageEmbeddingsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_EMBEDDINGS_BUCKET_WIDTH_VALUES: set[UsageEmbeddingsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_embeddings_bucket_width(value: str) -> UsageEmbeddingsBucketWidth:
    """Return `value` as `UsageEmbeddingsBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageEmbeddingsBucketWidth, got {value!r}")
    return cast(UsageEmbeddingsBucketWidth, value)
