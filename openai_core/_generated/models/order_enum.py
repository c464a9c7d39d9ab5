# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `OrderEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

OrderEnum = Literal["asc", "desc"]

ORDER_ENUM_VALUES: set[OrderEnum] = {
    "asc",
    "desc",
}


def check_order_enum(value: str) -> OrderEnum:
    """Return `value` as `OrderEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for OrderEnum, got {value!r}")
    return cast(OrderEnum, value)
