# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `PersonalityEnumType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

PersonalityEnumType1 = Literal["friendly", "pragmatic"]

PERSONALITY_ENUM_TYPE_1_VALUES: set[PersonalityEnumType1] = {
    "friendly",
    "pragmatic",
}


def check_personality_enum_type_1(value: str) -> PersonalityEnumType1:
    """Return `value` as `PersonalityEnumType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for PersonalityEnumType1, got {value!r}")
    return cast(PersonalityEnumType1, value)
