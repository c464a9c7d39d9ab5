# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemMessageUserContentItemType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemMessageUserContentItemType = Literal[
    "input_audio", "input_image", "input_text"
]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeConversationItemMessageUserContentItemType
] = {
    "input_audio",
    "input_image",
    "input_text",
}


def check_realtime_conversation_item_message_user_content_item_type(
    value: str,
) -> RealtimeConversationItemMessageUserContentItemType:
    """Return `value` as `RealtimeConversationItemMessageUserContentItemType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemMessageUserContentItemType, got {value!r}"
        )
    return cast(RealtimeConversationItemMessageUserContentItemType, value)
