# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.spend_alerts.list`: GET /organization/projects/{project_id}/spend_alerts (operation `list-project-spend-alerts`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_project_spend_alerts_order import (
    ListProjectSpendAlertsOrder,
)
from ...models.project_spend_alert_list_resource import ProjectSpendAlertListResource
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "list-project-spend-alerts"
ENDPOINT_ID = "organization.projects.spend_alerts.list"
METHOD = "GET"
PATH = "/organization/projects/{project_id}/spend_alerts"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListProjectSpendAlertsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.spend_alerts.list`.

    Args:
        project_id (str):
        limit (int | Unset): Range 0..100.
        order (ListProjectSpendAlertsOrder | Unset): One of: 'asc', 'desc' (others kept).
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
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectSpendAlertListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectSpendAlertListResource.from_dict(data)

    return response_200
