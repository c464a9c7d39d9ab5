# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessagePhase2`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessagePhase2 = Literal["commentary", "final_answer"]

MESSAGE_PHASE_2_VALUES: set[MessagePhase2] = {
    "commentary",
    "final_answer",
}


def check_message_phase_2(value: str) -> MessagePhase2:
    """Return `value` as `MessagePhase2`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MessagePhase2, got {value!r}")
    return cast(MessagePhase2, value)
