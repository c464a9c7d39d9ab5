# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeConversationItemFunctionCallOutputStatus`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeConversationItemFunctionCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_FUNCTION_CALL_OUTPUT_STATUS_VALUES: set[
    RealtimeConversationItemFunctionCallOutputStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_function_call_output_status(
    value: str,
) -> RealtimeConversationItemFunctionCallOutputStatus:
    """Return `value` as `RealtimeConversationItemFunctionCallOutputStatus`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeConversationItemFunctionCallOutputStatus, got {value!r}"
        )
    return cast(RealtimeConversationItemFunctionCallOutputStatus, value)
