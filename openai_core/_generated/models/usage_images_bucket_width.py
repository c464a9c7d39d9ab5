# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageImagesBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageImagesBucketWidth = Literal["1d", "1h", "1m"]

USAGE_IMAGES_BUCKET_WIDTH_VALUES: set[UsageImagesBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_images_bucket_width(value: str) -> UsageImagesBucketWidth:
    """Return `value` as `UsageImagesBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageImagesBucketWidth, got {value!r}")
    return cast(UsageImagesBucketWidth, value)
