# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `UsageCodeInterpreterSessionsBucketWidth`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

UsageCodeInterpreterSessionsBucketWidth = Literal["1d", "1h", "1m"]

USAGE_CODE_INTERPRETER_SESSIONS_BUCKET_WIDTH_VALUES: set[
    UsageCodeInterpreterSessionsBucketWidth
] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_code_interpreter_sessions_bucket_width(
    value: str,
) -> UsageCodeInterpreterSessionsBucketWidth:
    """Return `value` as `UsageCodeInterpreterSessionsBucketWidth`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for UsageCodeInterpreterSessionsBucketWidth, got {value!r}")
    return cast(UsageCodeInterpreterSessionsBucketWidth, value)
