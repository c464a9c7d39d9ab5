# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaInputMessageResourceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaInputMessageResourceStatus = Literal["completed", "in_progress", "incomplete"]

BETA_INPUT_MESSAGE_RESOURCE_STATUS_VALUES: set[BetaInputMessageResourceStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_beta_input_message_resource_status(value: str) -> BetaInputMessageResourceStatus:
    """Return `value` as `BetaInputMessageResourceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaInputMessageResourceStatus, got {value!r}")
    return cast(BetaInputMessageResourceStatus, value)
