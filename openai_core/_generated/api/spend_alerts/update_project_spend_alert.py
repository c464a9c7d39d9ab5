# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.spend_alerts.update`: POST /organization/projects/{project_id}/spend_alerts/{alert_id} (operation `update-project-spend-alert`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_spend_alert_body import CreateSpendAlertBody
from ...models.project_spend_alert import ProjectSpendAlert
from ...types import encode_path_segment

OPERATION_ID = "update-project-spend-alert"
ENDPOINT_ID = "organization.projects.spend_alerts.update"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/spend_alerts/{alert_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    alert_id: str,
    *,
    body: CreateSpendAlertBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.spend_alerts.update`.

    Args:
        project_id (str):
        alert_id (str):
        body (CreateSpendAlertBody): Schema `CreateSpendAlertBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            alert_id=encode_path_segment(alert_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ProjectSpendAlert:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectSpendAlert.from_dict(data)

    return response_200
