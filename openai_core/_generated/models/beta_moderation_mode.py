# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaModerationMode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaModerationMode = Literal["block", "score"]

BETA_MODERATION_MODE_VALUES: set[BetaModerationMode] = {
    "block",
    "score",
}


def check_beta_moderation_mode(value: str) -> BetaModerationMode:
    """Return `value` as `BetaModerationMode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaModerationMode, got {value!r}")
    return cast(BetaModerationMode, value)
