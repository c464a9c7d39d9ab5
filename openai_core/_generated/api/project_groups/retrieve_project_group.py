# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.groups.retrieve`: GET /organization/projects/{project_id}/groups/{group_id} (operation `retrieve-project-group`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.project_group import ProjectGroup
from ...models.retrieve_project_group_group_type import (
    RetrieveProjectGroupGroupType,
)
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "retrieve-project-group"
ENDPOINT_ID = "organization.projects.groups.retrieve"
METHOD = "GET"
PATH = "/organization/projects/{project_id}/groups/{group_id}"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    group_id: str,
    *,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.groups.retrieve`.

    Args:
        project_id (str):
        group_id (str):
        group_type (RetrieveProjectGroupGroupType | Unset): One of: 'group', 'tenant_group'
            (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    json_group_type: str | Unset = UNSET
    if not isinstance(group_type, Unset):
        json_group_type = group_type

    add_query_param(params, "group_type", json_group_type)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
            group_id=encode_path_segment(group_id),
        ),
        "params": params,
    }

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
