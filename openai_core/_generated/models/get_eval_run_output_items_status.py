# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GetEvalRunOutputItemsStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GetEvalRunOutputItemsStatus = Literal["fail", "pass"]

GET_EVAL_RUN_OUTPUT_ITEMS_STATUS_VALUES: set[GetEvalRunOutputItemsStatus] = {
    "fail",
    "pass",
}


def check_get_eval_run_output_items_status(value: str) -> GetEvalRunOutputItemsStatus:
    """Return `value` as `GetEvalRunOutputItemsStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GetEvalRunOutputItemsStatus, got {value!r}")
    return cast(GetEvalRunOutputItemsStatus, value)
