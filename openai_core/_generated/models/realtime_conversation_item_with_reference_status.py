# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemWithReferenceStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemWithReferenceStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_STATUS_VALUES: set[
    RealtimeConversationItemWithReferenceStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_with_reference_status(
    value: str,
) -> RealtimeConversationItemWithReferenceStatus:
    """Return `value` as `RealtimeConversationItemWithReferenceStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemWithReferenceStatus, got {value!r}"
        )
    return cast(RealtimeConversationItemWithReferenceStatus, value)
