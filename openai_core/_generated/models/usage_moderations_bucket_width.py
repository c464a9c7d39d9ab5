# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageModerationsBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageModerationsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_MODERATIONS_BUCKET_WIDTH_VALUES: set[UsageModerationsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_moderations_bucket_width(value: str) -> UsageModerationsBucketWidth:
    """Return `value` as `UsageModerationsBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageModerationsBucketWidth, got {value!r}")
    return cast(UsageModerationsBucketWidth, value)
