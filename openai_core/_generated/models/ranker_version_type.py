# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RankerVersionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RankerVersionType = Literal["auto", "default-2024-11-15"]

RANKER_VERSION_TYPE_VALUES: set[RankerVersionType] = {
    "auto",
    "default-2024-11-15",
}


def check_ranker_version_type(value: str) -> RankerVersionType:
    """Return `value` as `RankerVersionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RankerVersionType, got {value!r}")
    return cast(RankerVersionType, value)
