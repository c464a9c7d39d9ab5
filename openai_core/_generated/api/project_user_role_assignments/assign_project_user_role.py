# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`projects.users.roles.create`: POST /projects/{project_id}/users/{user_id}/roles (operation `assign-project-user-role`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from ...models.user_role_assignment import UserRoleAssignment
from ...types import encode_path_segment

OPERATION_ID = "assign-project-user-role"
ENDPOINT_ID = "projects.users.roles.create"
METHOD = "POST"
PATH = "/projects/{project_id}/users/{user_id}/roles"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    user_id: str,
    *,
    body: PublicAssignOrganizationGroupRoleBody,
) -> dict[str, Any]:
    """
    Build the request for `projects.users.roles.create`.

    Args:
        project_id (str):
        user_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Schema
            `PublicAssignOrganizationGroupRoleBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            user_id=encode_path_segment(user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> UserRoleAssignment:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = UserRoleAssignment.from_dict(data)

    return response_200
