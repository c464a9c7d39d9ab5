# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.spend_alerts.create`: POST /organization/spend_alerts (operation `create-organization-spend-alert`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_spend_alert_body import CreateSpendAlertBody
from ...models.organization_spend_alert import OrganizationSpendAlert

OPERATION_ID = "create-organization-spend-alert"
ENDPOINT_ID = "organization.spend_alerts.create"
METHOD = "POST"
PATH = "/organization/spend_alerts"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateSpendAlertBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.spend_alerts.create`.

    Args:
        body (CreateSpendAlertBody): Schema `CreateSpendAlertBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
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
