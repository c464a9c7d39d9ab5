# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeTruncationType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeTruncationType0 = Literal["auto", "disabled"]

REALTIME_TRUNCATION_TYPE_0_VALUES: set[RealtimeTruncationType0] = {
    "auto",
    "disabled",
}


def check_realtime_truncation_type_0(value: str) -> RealtimeTruncationType0:
    """Return `value` as `RealtimeTruncationType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeTruncationType0, got {value!r}")
    return cast(RealtimeTruncationType0, value)
