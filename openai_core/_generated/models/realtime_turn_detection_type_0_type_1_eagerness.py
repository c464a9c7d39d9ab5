# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeTurnDetectionType0Type1Eagerness`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeTurnDetectionType0Type1Eagerness = Literal["auto", "high", "low", "medium"]

REALTIME_TURN_DETECTION_TYPE_0_TYPE_1_EAGERNESS_VALUES: set[
    RealtimeTurnDetectionType0Type1Eagerness
] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_realtime_turn_detection_type_0_type_1_eagerness(
    value: str,
) -> RealtimeTurnDetectionType0Type1Eagerness:
    """Return `value` as `RealtimeTurnDetectionType0Type1Eagerness`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeTurnDetectionType0Type1Eagerness, got {value!r}")
    return cast(RealtimeTurnDetectionType0Type1Eagerness, value)
