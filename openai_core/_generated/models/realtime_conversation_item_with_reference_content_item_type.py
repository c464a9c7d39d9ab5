# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemWithReferenceContentItemType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemWithReferenceContentItemType = Literal[
    "input_audio", "input_text", "item_reference", "text"
]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeConversationItemWithReferenceContentItemType
] = {
    "input_audio",
    "input_text",
    "item_reference",
    "text",
}


def check_realtime_conversation_item_with_reference_content_item_type(
    value: str,
) -> RealtimeConversationItemWithReferenceContentItemType:
    """Return `value` as `RealtimeConversationItemWithReferenceContentItemType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemWithReferenceContentItemType, got {value!r}"
        )
    return cast(RealtimeConversationItemWithReferenceContentItemType, value)
