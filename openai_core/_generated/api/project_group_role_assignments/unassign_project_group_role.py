# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`projects.groups.roles.delete`: DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id} (operation `unassign-project-group-role`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.deleted_role_assignment_resource import DeletedRoleAssignmentResource
from ...types import encode_path_segment

OPERATION_ID = "unassign-project-group-role"
ENDPOINT_ID = "projects.groups.roles.delete"
METHOD = "DELETE"
PATH = "/projects/{project_id}/groups/{group_id}/roles/{role_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    group_id: str,
    role_id: str,
) -> dict[str, Any]:
    """
    Build the request for `projects.groups.roles.delete`.

    Args:
        project_id (str):
        group_id (str):
        role_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            group_id=encode_path_segment(group_id),
            role_id=encode_path_segment(role_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeletedRoleAssignmentResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeletedRoleAssignmentResource.from_dict(data)

    return response_200
