# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EvalGraderStringCheckOperation`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EvalGraderStringCheckOperation = Literal["eq", "ilike", "like", "ne"]

EVAL_GRADER_STRING_CHECK_OPERATION_VALUES: set[EvalGraderStringCheckOperation] = {
    "eq",
    "ilike",
    "like",
    "ne",
}


def check_eval_grader_string_check_operation(value: str) -> EvalGraderStringCheckOperation:
    """Return `value` as `EvalGraderStringCheckOperation`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EvalGraderStringCheckOperation, got {value!r}")
    return cast(EvalGraderStringCheckOperation, value)
