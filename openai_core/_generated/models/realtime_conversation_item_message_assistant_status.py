# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemMessageAssistantStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemMessageAssistantStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_STATUS_VALUES: set[
    RealtimeConversationItemMessageAssistantStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_message_assistant_status(
    value: str,
) -> RealtimeConversationItemMessageAssistantStatus:
    """Return `value` as `RealtimeConversationItemMessageAssistantStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemMessageAssistantStatus, got {value!r}"
        )
    return cast(RealtimeConversationItemMessageAssistantStatus, value)
