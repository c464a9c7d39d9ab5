# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaPersonalityEnumType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaPersonalityEnumType1 = Literal["friendly", "pragmatic"]

BETA_PERSONALITY_ENUM_TYPE_1_VALUES: set[BetaPersonalityEnumType1] = {
    "friendly",
    "pragmatic",
}


def check_beta_personality_enum_type_1(value: str) -> BetaPersonalityEnumType1:
    """Return `value` as `BetaPersonalityEnumType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaPersonalityEnumType1, got {value!r}")
    return cast(BetaPersonalityEnumType1, value)
