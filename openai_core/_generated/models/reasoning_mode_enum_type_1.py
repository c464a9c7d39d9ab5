# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ReasoningModeEnumType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ReasoningModeEnumType1 = Literal["pro", "standard"]

REASONING_MODE_ENUM_TYPE_1_VALUES: set[ReasoningModeEnumType1] = {
    "pro",
    "standard",
}


def check_reasoning_mode_enum_type_1(value: str) -> ReasoningModeEnumType1:
    """Return `value` as `ReasoningModeEnumType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ReasoningModeEnumType1, got {value!r}")
    return cast(ReasoningModeEnumType1, value)
