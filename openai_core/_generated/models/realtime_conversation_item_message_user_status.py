# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemMessageUserStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemMessageUserStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_STATUS_VALUES: set[
    RealtimeConversationItemMessageUserStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_message_user_status(
    value: str,
) -> RealtimeConversationItemMessageUserStatus:
    """Return `value` as `RealtimeConversationItemMessageUserStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemMessageUserStatus, got {value!r}"
        )
    return cast(RealtimeConversationItemMessageUserStatus, value)
