# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemMessageAssistantContentItemType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemMessageAssistantContentItemType = Literal["output_audio", "output_text"]

REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeConversationItemMessageAssistantContentItemType
] = {
    "output_audio",
    "output_text",
}


def check_realtime_conversation_item_message_assistant_content_item_type(
    value: str,
) -> RealtimeConversationItemMessageAssistantContentItemType:
    """Return `value` as `RealtimeConversationItemMessageAssistantContentItemType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemMessageAssistantContentItemType, got {value!r}"
        )
    return cast(RealtimeConversationItemMessageAssistantContentItemType, value)
