# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VectorStoreObjectStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VectorStoreObjectStatus = Literal["completed", "expired", "in_progress"]

VECTOR_STORE_OBJECT_STATUS_VALUES: set[VectorStoreObjectStatus] = {
    "completed",
    "expired",
    "in_progress",
}


def check_vector_store_object_status(value: str) -> VectorStoreObjectStatus:
    """Return `value` as `VectorStoreObjectStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VectorStoreObjectStatus, got {value!r}")
    return cast(VectorStoreObjectStatus, value)
