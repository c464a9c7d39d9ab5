# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GraderStringCheckOperation`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GraderStringCheckOperation = Literal["eq", "ilike", "like", "ne"]

GRADER_STRING_CHECK_OPERATION_VALUES: set[GraderStringCheckOperation] = {
    "eq",
    "ilike",
    "like",
    "ne",
}


def check_grader_string_check_operation(value: str) -> GraderStringCheckOperation:
    """Return `value` as `GraderStringCheckOperation`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GraderStringCheckOperation, got {value!r}")
    return cast(GraderStringCheckOperation, value)
