# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageFileSearchCallsBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageFileSearchCallsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_FILE_SEARCH_CALLS_BUCKET_WIDTH_VALUES: set[UsageFileSearchCallsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_file_search_calls_bucket_width(value: str) -> UsageFileSearchCallsBucketWidth:
    """Return `value` as `UsageFileSearchCallsBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageFileSearchCallsBucketWidth, got {value!r}")
    return cast(UsageFileSearchCallsBucketWidth, value)
