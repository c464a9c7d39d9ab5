# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListVectorStoreFilesFilter`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListVectorStoreFilesFilter = Literal["cancelled", "completed", "failed", "in_progress"]

LIST_VECTOR_STORE_FILES_FILTER_VALUES: set[ListVectorStoreFilesFilter] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_list_vector_store_files_filter(value: str) -> ListVectorStoreFilesFilter:
    """Return `value` as `ListVectorStoreFilesFilter`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListVectorStoreFilesFilter, got {value!r}")
    return cast(ListVectorStoreFilesFilter, value)
