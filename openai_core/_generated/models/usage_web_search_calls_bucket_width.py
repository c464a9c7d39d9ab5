# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageWebSearchCallsBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageWebSearchCallsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_WEB_SEARCH_CALLS_BUCKET_WIDTH_VALUES: set[UsageWebSearchCallsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_web_search_calls_bucket_width(value: str) -> UsageWebSearchCallsBucketWidth:
    """Return `value` as `UsageWebSearchCallsBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageWebSearchCallsBucketWidth, got {value!r}")
    return cast(UsageWebSearchCallsBucketWidth, value)
