# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaInputMessageResourceRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaInputMessageResourceRole = Literal["developer", "system", "user"]

BETA_INPUT_MESSAGE_RESOURCE_ROLE_VALUES: set[BetaInputMessageResourceRole] = {
    "developer",
    "system",
    "user",
}


def check_beta_input_message_resource_role(value: str) -> BetaInputMessageResourceRole:
    """Return `value` as `BetaInputMessageResourceRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaInputMessageResourceRole, got {value!r}")
    return cast(BetaInputMessageResourceRole, value)
