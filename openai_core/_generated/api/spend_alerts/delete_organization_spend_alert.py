# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.spend_alerts.delete`: DELETE /organization/spend_alerts/{alert_id} (operation `delete-organization-spend-alert`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.organization_spend_alert_deleted_resource import (
    OrganizationSpendAlertDeletedResource,
)
from ...types import encode_path_segment

OPERATION_ID = "delete-organization-spend-alert"
ENDPOINT_ID = "organization.spend_alerts.delete"
METHOD = "DELETE"
PATH = "/organization/spend_alerts/{alert_id}"
STREAMABLE = False


def request_kwargs(
    alert_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.spend_alerts.delete`.

    Args:
        alert_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            alert_id=encode_path_segment(alert_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> OrganizationSpendAlertDeletedResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = OrganizationSpendAlertDeletedResource.from_dict(data)

    return response_200
