# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListAssistantsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListAssistantsOrder = Literal["asc", "desc"]

LIST_ASSISTANTS_ORDER_VALUES: set[ListAssistantsOrder] = {
    "asc",
    "desc",
}


def check_list_assistants_order(value: str) -> ListAssistantsOrder:
    """Return `value` as `ListAssistantsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListAssistantsOrder, got {value!r}")
    return cast(ListAssistantsOrder, value)
