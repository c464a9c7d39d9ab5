# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemWithReferenceRole`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemWithReferenceRole = Literal["assistant", "system", "user"]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_ROLE_VALUES: set[
    RealtimeConversationItemWithReferenceRole
] = {
    "assistant",
    "system",
    "user",
}


def check_realtime_conversation_item_with_reference_role(
    value: str,
) -> RealtimeConversationItemWithReferenceRole:
    """Return `value` as `RealtimeConversationItemWithReferenceRole`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemWithReferenceRole, got {value!r}"
        )
    return cast(RealtimeConversationItemWithReferenceRole, value)
