# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.groups.create`: POST /organization/projects/{project_id}/groups (operation `add-project-group`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.invite_project_group_body import InviteProjectGroupBody
from ...models.project_group import ProjectGroup
from ...types import encode_path_segment

OPERATION_ID = "add-project-group"
ENDPOINT_ID = "organization.projects.groups.create"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/groups"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    body: InviteProjectGroupBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.groups.create`.

    Args:
        project_id (str):
        body (InviteProjectGroupBody): Schema `InviteProjectGroupBody`.

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


def parse_response(response: httpx.Response) -> ProjectGroup:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectGroup.from_dict(data)

    return response_200
