# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListEvalsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListEvalsOrder = Literal["asc", "desc"]

LIST_EVALS_ORDER_VALUES: set[ListEvalsOrder] = {
    "asc",
    "desc",
}


def check_list_evals_order(value: str) -> ListEvalsOrder:
    """Return `value` as `ListEvalsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListEvalsOrder, got {value!r}")
    return cast(ListEvalsOrder, value)
