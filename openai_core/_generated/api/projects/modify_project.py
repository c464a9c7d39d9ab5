# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.update`: POST /organization/projects/{project_id} (operation `modify-project`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project import Project
from ...models.project_update_request import ProjectUpdateRequest
from ...types import encode_path_segment

OPERATION_ID = "modify-project"
ENDPOINT_ID = "organization.projects.update"
METHOD = "POST"
PATH = "/organization/projects/{project_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    body: ProjectUpdateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.update`.

    Args:
        project_id (str):
        body (ProjectUpdateRequest): Schema `ProjectUpdateRequest`.

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


def parse_response(response: httpx.Response) -> Project:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Project.from_dict(data)

    return response_200
