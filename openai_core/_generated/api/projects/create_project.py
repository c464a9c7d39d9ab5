# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.create`: POST /organization/projects (operation `create-project`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project import Project
from ...models.project_create_request import ProjectCreateRequest

OPERATION_ID = "create-project"
ENDPOINT_ID = "organization.projects.create"
METHOD = "POST"
PATH = "/organization/projects"
STREAMABLE = False


def request_kwargs(
    *,
    body: ProjectCreateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.create`.

    Args:
        body (ProjectCreateRequest): Schema `ProjectCreateRequest`.

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


def parse_response(response: httpx.Response) -> Project:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Project.from_dict(data)

    return response_200
