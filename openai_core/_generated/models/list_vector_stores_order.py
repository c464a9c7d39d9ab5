# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListVectorStoresOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListVectorStoresOrder = Literal["asc", "desc"]

LIST_VECTOR_STORES_ORDER_VALUES: set[ListVectorStoresOrder] = {
    "asc",
    "desc",
}


def check_list_vector_stores_order(value: str) -> ListVectorStoresOrder:
    """Return `value` as `ListVectorStoresOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListVectorStoresOrder, got {value!r}")
    return cast(ListVectorStoresOrder, value)
