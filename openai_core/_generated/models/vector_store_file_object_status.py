# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VectorStoreFileObjectStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VectorStoreFileObjectStatus = Literal["cancelled", "completed", "failed", "in_progress"]

VECTOR_STORE_FILE_OBJECT_STATUS_VALUES: set[VectorStoreFileObjectStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_vector_store_file_object_status(value: str) -> VectorStoreFileObjectStatus:
    """Return `value` as `VectorStoreFileObjectStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VectorStoreFileObjectStatus, got {value!r}")
    return cast(VectorStoreFileObjectStatus, value)
