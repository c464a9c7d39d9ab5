# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VoiceIdsSharedType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VoiceIdsSharedType1 = Literal[
    "alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse"
]

VOICE_IDS_SHARED_TYPE_1_VALUES: set[VoiceIdsSharedType1] = {
    "alloy",
    "ash",
    "ballad",
    "cedar",
    "coral",
    "echo",
    "marin",
    "sage",
    "shimmer",
    "verse",
}


def check_voice_ids_shared_type_1(value: str) -> VoiceIdsSharedType1:
    """Return `value` as `VoiceIdsSharedType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VoiceIdsSharedType1, got {value!r}")
    return cast(VoiceIdsSharedType1, value)
