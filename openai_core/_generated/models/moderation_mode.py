# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ModerationMode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ModerationMode = Literal["block", "score"]

MODERATION_MODE_VALUES: set[ModerationMode] = {
    "block",
    "score",
}


def check_moderation_mode(value: str) -> ModerationMode:
    """Return `value` as `ModerationMode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ModerationMode, got {value!r}")
    return cast(ModerationMode, value)
