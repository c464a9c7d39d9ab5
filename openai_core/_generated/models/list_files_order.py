# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListFilesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListFilesOrder = Literal["asc", "desc"]

LIST_FILES_ORDER_VALUES: set[ListFilesOrder] = {
    "asc",
    "desc",
}


def check_list_files_order(value: str) -> ListFilesOrder:
    """Return `value` as `ListFilesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListFilesOrder, got {value!r}")
    return cast(ListFilesOrder, value)
