# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InputMessageRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InputMessageRole = Literal["developer", "system", "user"]

INPUT_MESSAGE_ROLE_VALUES: set[InputMessageRole] = {
    "developer",
    "system",
    "user",
}


def check_input_message_role(value: str) -> InputMessageRole:
    """Return `value` as `InputMessageRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InputMessageRole, got {value!r}")
    return cast(InputMessageRole, value)
