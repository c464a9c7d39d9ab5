# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GetEvalRunOutputItemsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GetEvalRunOutputItemsOrder = Literal["asc", "desc"]

GET_EVAL_RUN_OUTPUT_ITEMS_ORDER_VALUES: set[GetEvalRunOutputItemsOrder] = {
    "asc",
    "desc",
}


def check_get_eval_run_output_items_order(value: str) -> GetEvalRunOutputItemsOrder:
    """Return `value` as `GetEvalRunOutputItemsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GetEvalRunOutputItemsOrder, got {value!r}")
    return cast(GetEvalRunOutputItemsOrder, value)
