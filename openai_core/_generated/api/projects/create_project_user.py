# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.users.create`: POST /organization/projects/{project_id}/users (operation `create-project-user`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_user import ProjectUser
from ...models.project_user_create_request import ProjectUserCreateRequest
from ...types import encode_path_segment

OPERATION_ID = "create-project-user"
ENDPOINT_ID = "organization.projects.users.create"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/users"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    body: ProjectUserCreateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.users.create`.

    Args:
        project_id (str):
        body (ProjectUserCreateRequest): Schema `ProjectUserCreateRequest`.

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


def parse_response(response: httpx.Response) -> ProjectUser:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectUser.from_dict(data)

    return response_200
