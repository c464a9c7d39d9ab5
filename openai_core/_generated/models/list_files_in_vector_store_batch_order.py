# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListFilesInVectorStoreBatchOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListFilesInVectorStoreBatchOrder = Literal["asc", "desc"]

LIST_FILES_IN_VECTOR_STORE_BATCH_ORDER_VALUES: set[ListFilesInVectorStoreBatchOrder] = {
    "asc",
    "desc",
}


def check_list_files_in_vector_store_batch_order(value: str) -> ListFilesInVectorStoreBatchOrder:
    """Return `value` as `ListFilesInVectorStoreBatchOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListFilesInVectorStoreBatchOrder, got {value!r}")
    return cast(ListFilesInVectorStoreBatchOrder, value)
