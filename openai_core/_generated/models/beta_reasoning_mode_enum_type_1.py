# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaReasoningModeEnumType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaReasoningModeEnumType1 = Literal["pro", "standard"]

BETA_REASONING_MODE_ENUM_TYPE_1_VALUES: set[BetaReasoningModeEnumType1] = {
    "pro",
    "standard",
}


def check_beta_reasoning_mode_enum_type_1(value: str) -> BetaReasoningModeEnumType1:
    """Return `value` as `BetaReasoningModeEnumType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaReasoningModeEnumType1, got {value!r}")
    return cast(BetaReasoningModeEnumType1, value)
