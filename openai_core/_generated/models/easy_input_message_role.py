# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EasyInputMessageRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EasyInputMessageRole = Literal["assistant", "developer", "system", "user"]

EASY_INPUT_MESSAGE_ROLE_VALUES: set[EasyInputMessageRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_easy_input_message_role(value: str) -> EasyInputMessageRole:
    """Return `value` as `EasyInputMessageRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EasyInputMessageRole, got {value!r}")
    return cast(EasyInputMessageRole, value)
