# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemMessageUserContentItemDetail`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemMessageUserContentItemDetail = Literal["auto", "high", "low"]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_DETAIL_VALUES: set[
    RealtimeConversationItemMessageUserContentItemDetail
] = {
    "auto",
    "high",
    "low",
}


def check_realtime_conversation_item_message_user_content_item_detail(
    value: str,
) -> RealtimeConversationItemMessageUserContentItemDetail:
    """Return `value` as `RealtimeConversationItemMessageUserContentItemDetail`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemMessageUserContentItemDetail, got {value!r}"
        )
    return cast(RealtimeConversationItemMessageUserContentItemDetail, value)
