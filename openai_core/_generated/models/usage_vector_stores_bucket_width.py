# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageVectorStoresBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageVectorStoresBucketWidth = Literal["1d", "1h", "1m"]

USAGE_VECTOR_STORES_BUCKET_WIDTH_VALUES: set[UsageVectorStoresBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_vector_stores_bucket_width(value: str) -> UsageVectorStoresBucketWidth:
    """Return `value` as `UsageVectorStoresBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageVectorStoresBucketWidth, got {value!r}")
    return cast(UsageVectorStoresBucketWidth, value)
