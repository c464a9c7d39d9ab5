# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListOrganizationSpendAlertsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListOrganizationSpendAlertsOrder = Literal["asc", "desc"]

LIST_ORGANIZATION_SPEND_ALERTS_ORDER_VALUES: set[ListOrganizationSpendAlertsOrder] = {
    "asc",
    "desc",
}


def check_list_organization_spend_alerts_order(value: str) -> ListOrganizationSpendAlertsOrder:
    """Return `value` as `ListOrganizationSpendAlertsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListOrganizationSpendAlertsOrder, got {value!r}")
    return cast(ListOrganizationSpendAlertsOrder, value)
