# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VectorStoreFileBatchObjectStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VectorStoreFileBatchObjectStatus = Literal["cancelled", "completed", "failed", "in_progress"]

VECTOR_STORE_FILE_BATCH_OBJECT_STATUS_VALUES: set[VectorStoreFileBatchObjectStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_vector_store_file_batch_object_status(value: str) -> VectorStoreFileBatchObjectStatus:
    """Return `value` as `VectorStoreFileBatchObjectStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VectorStoreFileBatchObjectStatus, got {value!r}")
    return cast(VectorStoreFileBatchObjectStatus, value)
