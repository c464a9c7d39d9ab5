# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaListInputItemsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaListInputItemsOrder = Literal["asc", "desc"]

BETA_LIST_INPUT_ITEMS_ORDER_VALUES: set[BetaListInputItemsOrder] = {
    "asc",
    "desc",
}


def check_beta_list_input_items_order(value: str) -> BetaListInputItemsOrder:
    """Return `value` as `BetaListInputItemsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaListInputItemsOrder, got {value!r}")
    return cast(BetaListInputItemsOrder, value)
