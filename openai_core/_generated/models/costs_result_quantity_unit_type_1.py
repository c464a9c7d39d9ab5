# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CostsResultQuantityUnitType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CostsResultQuantityUnitType1 = Literal[
    "1000_tokens",
    "characters",
    "duration_hours",
    "duration_minutes",
    "duration_seconds",
    "gibibyte_hours",
    "images",
    "tokens",
]

COSTS_RESULT_QUANTITY_UNIT_TYPE_1_VALUES: set[CostsResultQuantityUnitType1] = {
    "1000_tokens",
    "characters",
    "duration_hours",
    "duration_minutes",
    "duration_seconds",
    "gibibyte_hours",
    "images",
    "tokens",
}


def check_costs_result_quantity_unit_type_1(value: str) -> CostsResultQuantityUnitType1:
    """Return `value` as `CostsResultQuantityUnitType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CostsResultQuantityUnitType1, got {value!r}")
    return cast(CostsResultQuantityUnitType1, value)
