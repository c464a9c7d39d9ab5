# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListRunStepsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListRunStepsOrder = Literal["asc", "desc"]

LIST_RUN_STEPS_ORDER_VALUES: set[ListRunStepsOrder] = {
    "asc",
    "desc",
}


def check_list_run_steps_order(value: str) -> ListRunStepsOrder:
    """Return `value` as `ListRunStepsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListRunStepsOrder, got {value!r}")
    return cast(ListRunStepsOrder, value)
