# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListChatCompletionsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListChatCompletionsOrder = Literal["asc", "desc"]

LIST_CHAT_COMPLETIONS_ORDER_VALUES: set[ListChatCompletionsOrder] = {
    "asc",
    "desc",
}


def check_list_chat_completions_order(value: str) -> ListChatCompletionsOrder:
    """Return `value` as `ListChatCompletionsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListChatCompletionsOrder, got {value!r}")
    return cast(ListChatCompletionsOrder, value)
