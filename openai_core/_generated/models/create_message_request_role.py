# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateMessageRequestRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateMessageRequestRole = Literal["assistant", "user"]

CREATE_MESSAGE_REQUEST_ROLE_VALUES: set[CreateMessageRequestRole] = {
    "assistant",
    "user",
}


def check_create_message_request_role(value: str) -> CreateMessageRequestRole:
    """Return `value` as `CreateMessageRequestRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateMessageRequestRole, got {value!r}")
    return cast(CreateMessageRequestRole, value)
