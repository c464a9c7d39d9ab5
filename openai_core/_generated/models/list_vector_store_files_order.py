# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListVectorStoreFilesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListVectorStoreFilesOrder = Literal["asc", "desc"]

LIST_VECTOR_STORE_FILES_ORDER_VALUES: set[ListVectorStoreFilesOrder] = {
    "asc",
    "desc",
}


def check_list_vector_store_files_order(value: str) -> ListVectorStoreFilesOrder:
    """Return `value` as `ListVectorStoreFilesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListVectorStoreFilesOrder, got {value!r}")
    return cast(ListVectorStoreFilesOrder, value)
