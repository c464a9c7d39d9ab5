# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemFunctionCallStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemFunctionCallStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_STATUS_VALUES: set[
    RealtimeConversationItemFunctionCallStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_function_call_status(
    value: str,
) -> RealtimeConversationItemFunctionCallStatus:
    """Return `value` as `RealtimeConversationItemFunctionCallStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemFunctionCallStatus, got {value!r}"
        )
    return cast(RealtimeConversationItemFunctionCallStatus, value)
