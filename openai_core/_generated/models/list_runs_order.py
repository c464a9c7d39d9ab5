# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListRunsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListRunsOrder = Literal["asc", "desc"]

LIST_RUNS_ORDER_VALUES: set[ListRunsOrder] = {
    "asc",
    "desc",
}


def check_list_runs_order(value: str) -> ListRunsOrder:
    """Return `value` as `ListRunsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListRunsOrder, got {value!r}")
    return cast(ListRunsOrder, value)
