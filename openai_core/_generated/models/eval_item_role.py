# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EvalItemRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EvalItemRole = Literal["assistant", "developer", "system", "user"]

EVAL_ITEM_ROLE_VALUES: set[EvalItemRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_eval_item_role(value: str) -> EvalItemRole:
    """Return `value` as `EvalItemRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EvalItemRole, got {value!r}")
    return cast(EvalItemRole, value)
