# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InputMessageResourceRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InputMessageResourceRole = Literal["developer", "system", "user"]

INPUT_MESSAGE_RESOURCE_ROLE_VALUES: set[InputMessageResourceRole] = {
    "developer",
    "system",
    "user",
}


def check_input_message_resource_role(value: str) -> InputMessageResourceRole:
    """Return `value` as `InputMessageResourceRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InputMessageResourceRole, got {value!r}")
    return cast(InputMessageResourceRole, value)
