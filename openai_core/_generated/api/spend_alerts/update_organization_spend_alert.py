# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.spend_alerts.update`: POST /organization/spend_alerts/{alert_id} (operation `update-organization-spend-alert`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_spend_alert_body import CreateSpendAlertBody
from ...models.organization_spend_alert import OrganizationSpendAlert
from ...types import encode_path_segment

OPERATION_ID = "update-organization-spend-alert"
ENDPOINT_ID = "organization.spend_alerts.update"
METHOD = "POST"
PATH = "/organization/spend_alerts/{alert_id}"
STREAMABLE = False


def request_kwargs(
    alert_id: str,
    *,
    body: CreateSpendAlertBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.spend_alerts.update`.

    Args:
        alert_id (str):
        body (CreateSpendAlertBody): Schema `CreateSpendAlertBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            alert_id=encode_path_segment(alert_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> OrganizationSpendAlert:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationSpendAlert.from_dict(data)

    return response_200
