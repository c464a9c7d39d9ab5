# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemWithReferenceType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemWithReferenceType = Literal[
    "function_call", "function_call_output", "message"
]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_TYPE_VALUES: set[
    RealtimeConversationItemWithReferenceType
] = {
    "function_call",
    "function_call_output",
    "message",
}


def check_realtime_conversation_item_with_reference_type(
    value: str,
) -> RealtimeConversationItemWithReferenceType:
    """Return `value` as `RealtimeConversationItemWithReferenceType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemWithReferenceType, got {value!r}"
        )
    return cast(RealtimeConversationItemWithReferenceType, value)
