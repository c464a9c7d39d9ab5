# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListInputItemsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListInputItemsOrder = Literal["asc", "desc"]

LIST_INPUT_ITEMS_ORDER_VALUES: set[ListInputItemsOrder] = {
    "asc",
    "desc",
}


def check_list_input_items_order(value: str) -> ListInputItemsOrder:
    """Return `value` as `ListInputItemsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListInputItemsOrder, got {value!r}")
    return cast(ListInputItemsOrder, value)
