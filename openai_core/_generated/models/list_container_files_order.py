# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListContainerFilesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListContainerFilesOrder = Literal["asc", "desc"]

LIST_CONTAINER_FILES_ORDER_VALUES: set[ListContainerFilesOrder] = {
    "asc",
    "desc",
}


def check_list_container_files_order(value: str) -> ListContainerFilesOrder:
    """Return `value` as `ListContainerFilesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListContainerFilesOrder, got {value!r}")
    return cast(ListContainerFilesOrder, value)
