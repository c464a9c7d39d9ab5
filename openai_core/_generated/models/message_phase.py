# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessagePhase`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessagePhase = Literal["commentary", "final_answer"]

MESSAGE_PHASE_VALUES: set[MessagePhase] = {
    "commentary",
    "final_answer",
}


def check_message_phase(value: str) -> MessagePhase:
    """Return `value` as `MessagePhase`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for MessagePhase, got {value!r}")
    return cast(MessagePhase, value)
