# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.service_accounts.create`: POST /organization/projects/{project_id}/service_accounts (operation `create-project-service-account`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_service_account_create_request import ProjectServiceAccountCreateRequest
from ...models.project_service_account_create_response import ProjectServiceAccountCreateResponse
from ...types import encode_path_segment

OPERATION_ID = "create-project-service-account"
ENDPOINT_ID = "organization.projects.service_accounts.create"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/service_accounts"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    body: ProjectServiceAccountCreateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.service_accounts.create`.

    Args:
        project_id (str):
        body (ProjectServiceAccountCreateRequest): Schema `ProjectServiceAccountCreateRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ProjectServiceAccountCreateResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectServiceAccountCreateResponse.from_dict(data)

    return response_200
