# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `AdminApiKeysListOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

AdminApiKeysListOrder = Literal["asc", "desc"]

ADMIN_API_KEYS_LIST_ORDER_VALUES: set[AdminApiKeysListOrder] = {
    "asc",
    "desc",
}


def check_admin_api_keys_list_order(value: str) -> AdminApiKeysListOrder:
    """Return `value` as `AdminApiKeysListOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for AdminApiKeysListOrder, got {value!r}")
    return cast(AdminApiKeysListOrder, value)
