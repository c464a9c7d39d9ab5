# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `TruncationObjectType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

TruncationObjectType = Literal["auto", "last_messages"]

TRUNCATION_OBJECT_TYPE_VALUES: set[TruncationObjectType] = {
    "auto",
    "last_messages",
}


def check_truncation_object_type(value: str) -> TruncationObjectType:
    """Return `value` as `TruncationObjectType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for TruncationObjectType, got {value!r}")
    return cast(TruncationObjectType, value)
