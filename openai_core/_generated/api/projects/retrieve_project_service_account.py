# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.service_accounts.retrieve`: GET /organization/projects/{project_id}/service_accounts/{service_account_id} (operation `retrieve-project-service-account`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_service_account import ProjectServiceAccount
from ...types import encode_path_segment

OPERATION_ID = "retrieve-project-service-account"
ENDPOINT_ID = "organization.projects.service_accounts.retrieve"
METHOD = "GET"
PATH = "/organization/projects/{project_id}/service_accounts/{service_account_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    service_account_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.service_accounts.retrieve`.

    Args:
        project_id (str):
        service_account_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            service_account_id=encode_path_segment(service_account_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectServiceAccount:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectServiceAccount.from_dict(data)

    return response_200
