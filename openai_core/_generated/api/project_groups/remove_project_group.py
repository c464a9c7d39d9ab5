# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.groups.delete`: DELETE /organization/projects/{project_id}/groups/{group_id} (operation `remove-project-group`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_group_deleted_resource import ProjectGroupDeletedResource
from ...types import encode_path_segment

OPERATION_ID = "remove-project-group"
ENDPOINT_ID = "organization.projects.groups.delete"
METHOD = "DELETE"
PATH = "/organization/projects/{project_id}/groups/{group_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    group_id: str,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.groups.delete`.

    Args:
        project_id (str):
        group_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            group_id=encode_path_segment(group_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectGroupDeletedResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectGroupDeletedResource.from_dict(data)

    return response_200
