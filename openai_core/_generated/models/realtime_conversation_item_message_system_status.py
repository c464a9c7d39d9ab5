# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemMessageSystemStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemMessageSystemStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_STATUS_VALUES: set[
    RealtimeConversationItemMessageSystemStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_message_system_status(
    value: str,
) -> RealtimeConversationItemMessageSystemStatus:
    """Return `value` as `RealtimeConversationItemMessageSystemStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemMessageSystemStatus, got {value!r}"
        )
    return cast(RealtimeConversationItemMessageSystemStatus, value)
