# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListProjectSpendAlertsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListProjectSpendAlertsOrder = Literal["asc", "desc"]

LIST_PROJECT_SPEND_ALERTS_ORDER_VALUES: set[ListProjectSpendAlertsOrder] = {
    "asc",
    "desc",
}


def check_list_project_spend_alerts_order(value: str) -> ListProjectSpendAlertsOrder:
    """Return `value` as `ListProjectSpendAlertsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListProjectSpendAlertsOrder, got {value!r}")
    return cast(ListProjectSpendAlertsOrder, value)
