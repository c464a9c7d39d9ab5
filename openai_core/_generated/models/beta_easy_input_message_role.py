# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaEasyInputMessageRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaEasyInputMessageRole = Literal["assistant", "developer", "system", "user"]

BETA_EASY_INPUT_MESSAGE_ROLE_VALUES: set[BetaEasyInputMessageRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_beta_easy_input_message_role(value: str) -> BetaEasyInputMessageRole:
    """Return `value` as `BetaEasyInputMessageRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaEasyInputMessageRole, got {value!r}")
    return cast(BetaEasyInputMessageRole, value)
