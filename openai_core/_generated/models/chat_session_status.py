# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatSessionStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatSessionStatus = Literal["active", "cancelled", "expired"]

CHAT_SESSION_STATUS_VALUES: set[ChatSessionStatus] = {
    "active",
    "cancelled",
    "expired",
}


def check_chat_session_status(value: str) -> ChatSessionStatus:
    """Return `value` as `ChatSessionStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatSessionStatus, got {value!r}")
    return cast(ChatSessionStatus, value)
