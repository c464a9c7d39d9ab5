# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.model_permissions.create`: POST /organization/projects/{project_id}/model_permissions (operation `update-project-model-permissions`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_model_permissions import ProjectModelPermissions
from ...models.project_model_permissions_update_request import ProjectModelPermissionsUpdateRequest
from ...types import encode_path_segment

OPERATION_ID = "update-project-model-permissions"
ENDPOINT_ID = "organization.projects.model_permissions.create"
METHOD = "POST"
PATH = "/organization/projects/{project_id}/model_permissions"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    body: ProjectModelPermissionsUpdateRequest,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.model_permissions.create`.

    Args:
        project_id (str):
        body (ProjectModelPermissionsUpdateRequest): Schema
            `ProjectModelPermissionsUpdateRequest`.

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


def parse_response(response: httpx.Response) -> ProjectModelPermissions:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectModelPermissions.from_dict(data)

    return response_200
