# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListConversationItemsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListConversationItemsOrder = Literal["asc", "desc"]

LIST_CONVERSATION_ITEMS_ORDER_VALUES: set[ListConversationItemsOrder] = {
    "asc",
    "desc",
}


def check_list_conversation_items_order(value: str) -> ListConversationItemsOrder:
    """Return `value` as `ListConversationItemsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListConversationItemsOrder, got {value!r}")
    return cast(ListConversationItemsOrder, value)
