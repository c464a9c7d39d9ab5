# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMessageRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMessageRole = Literal[
    "assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"
]

BETA_MESSAGE_ROLE_VALUES: set[BetaMessageRole] = {
    "assistant",
    "critic",
    "developer",
    "discriminator",
    "system",
    "tool",
    "unknown",
    "user",
}


def check_beta_message_role(value: str) -> BetaMessageRole:
    """Return `value` as `BetaMessageRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMessageRole, got {value!r}")
    return cast(BetaMessageRole, value)
