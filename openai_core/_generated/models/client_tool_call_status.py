# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ClientToolCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ClientToolCallStatus = Literal["completed", "in_progress"]

CLIENT_TOOL_CALL_STATUS_VALUES: set[ClientToolCallStatus] = {
    "completed",
    "in_progress",
}


def check_client_tool_call_status(value: str) -> ClientToolCallStatus:
    """Return `value` as `ClientToolCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ClientToolCallStatus, got {value!r}")
    return cast(ClientToolCallStatus, value)
