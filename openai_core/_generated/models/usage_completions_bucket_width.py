# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageCompletionsBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageCompletionsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_COMPLETIONS_BUCKET_WIDTH_VALUES: set[UsageCompletionsBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_completions_bucket_width(value: str) -> UsageCompletionsBucketWidth:
    """Return `value` as `UsageCompletionsBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageCompletionsBucketWidth, got {value!r}")
    return cast(UsageCompletionsBucketWidth, value)
