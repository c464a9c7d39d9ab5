# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.projects.groups.list`: GET /organization/projects/{project_id}/groups (operation `list-project-groups`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_project_groups_order import (
    ListProjectGroupsOrder,
)
from ...models.project_group_list_resource import ProjectGroupListResource
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "list-project-groups"
ENDPOINT_ID = "organization.projects.groups.list"
METHOD = "GET"
PATH = "/organization/projects/{project_id}/groups"
STREAMABLE = False


def request_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListProjectGroupsOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.projects.groups.list`.

    Args:
        project_id (str):
        limit (int | Unset): Range 0..100.
        after (str | Unset):
        order (ListProjectGroupsOrder | Unset): One of: 'asc', 'desc' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    add_query_param(params, "after", after)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=encode_path_segment(project_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ProjectGroupListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ProjectGroupListResource.from_dict(data)

    return response_200
