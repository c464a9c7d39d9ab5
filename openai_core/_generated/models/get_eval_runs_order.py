# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GetEvalRunsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GetEvalRunsOrder = Literal["asc", "desc"]

GET_EVAL_RUNS_ORDER_VALUES: set[GetEvalRunsOrder] = {
    "asc",
    "desc",
}


def check_get_eval_runs_order(value: str) -> GetEvalRunsOrder:
    """Return `value` as `GetEvalRunsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GetEvalRunsOrder, got {value!r}")
    return cast(GetEvalRunsOrder, value)
