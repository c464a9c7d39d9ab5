# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GetChatCompletionMessagesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GetChatCompletionMessagesOrder = Literal["asc", "desc"]

GET_CHAT_COMPLETION_MESSAGES_ORDER_VALUES: set[GetChatCompletionMessagesOrder] = {
    "asc",
    "desc",
}


def check_get_chat_completion_messages_order(value: str) -> GetChatCompletionMessagesOrder:
    """Return `value` as `GetChatCompletionMessagesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GetChatCompletionMessagesOrder, got {value!r}")
    return cast(GetChatCompletionMessagesOrder, value)
