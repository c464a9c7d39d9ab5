# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaInputMessageRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaInputMessageRole = Literal["developer", "system", "user"]

BETA_INPUT_MESSAGE_ROLE_VALUES: set[BetaInputMessageRole] = {
    "developer",
    "system",
    "user",
}


def check_beta_input_message_role(value: str) -> BetaInputMessageRole:
    """Return `value` as `BetaInputMessageRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaInputMessageRole, got {value!r}")
    return cast(BetaInputMessageRole, value)
