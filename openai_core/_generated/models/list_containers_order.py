# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListContainersOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListContainersOrder = Literal["asc", "desc"]

LIST_CONTAINERS_ORDER_VALUES: set[ListContainersOrder] = {
    "asc",
    "desc",
}


def check_list_containers_order(value: str) -> ListContainersOrder:
    """Return `value` as `ListContainersOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListContainersOrder, got {value!r}")
    return cast(ListContainersOrder, value)
