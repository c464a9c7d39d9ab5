# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.spend_alerts.list`: GET /organization/spend_alerts (operation `list-organization-spend-alerts`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_organization_spend_alerts_order import (
    ListOrganizationSpendAlertsOrder,
)
from ...models.organization_spend_alert_list_resource import OrganizationSpendAlertListResource
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "list-organization-spend-alerts"
ENDPOINT_ID = "organization.spend_alerts.list"
METHOD = "GET"
PATH = "/organization/spend_alerts"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListOrganizationSpendAlertsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.spend_alerts.list`.

    Args:
        limit (int | Unset): Range 0..100.
        order (ListOrganizationSpendAlertsOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        before (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    add_query_param(params, "after", after)
    add_query_param(params, "before", before)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> OrganizationSpendAlertListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationSpendAlertListResource.from_dict(data)

    return response_200
