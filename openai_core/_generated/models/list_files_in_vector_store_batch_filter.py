# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListFilesInVectorStoreBatchFilter`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListFilesInVectorStoreBatchFilter = Literal["cancelled", "completed", "failed", "in_progress"]

LIST_FILES_IN_VECTOR_STORE_BATCH_FILTER_VALUES: set[ListFilesInVectorStoreBatchFilter] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_list_files_in_vector_store_batch_filter(value: str) -> ListFilesInVectorStoreBatchFilter:
    """Return `value` as `ListFilesInVectorStoreBatchFilter`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListFilesInVectorStoreBatchFilter, got {value!r}")
    return cast(ListFilesInVectorStoreBatchFilter, value)
