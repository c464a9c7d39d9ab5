# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListEvalsOrderBy`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListEvalsOrderBy = Literal["created_at", "updated_at"]

LIST_EVALS_ORDER_BY_VALUES: set[ListEvalsOrderBy] = {
    "created_at",
    "updated_at",
}


def check_list_evals_order_by(value: str) -> ListEvalsOrderBy:
    """Return `value` as `ListEvalsOrderBy`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListEvalsOrderBy, got {value!r}")
    return cast(ListEvalsOrderBy, value)
