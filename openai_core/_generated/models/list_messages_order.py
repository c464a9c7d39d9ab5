# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListMessagesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListMessagesOrder = Literal["asc", "desc"]

LIST_MESSAGES_ORDER_VALUES: set[ListMessagesOrder] = {
    "asc",
    "desc",
}


def check_list_messages_order(value: str) -> ListMessagesOrder:
    """Return `value` as `ListMessagesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListMessagesOrder, got {value!r}")
    return cast(ListMessagesOrder, value)
