# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.roles.list`: GET /organization/groups/{group_id}/roles (operation `list-group-role-assignments`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_group_role_assignments_order import (
    ListGroupRoleAssignmentsOrder,
)
from ...models.role_list_resource import RoleListResource
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "list-group-role-assignments"
ENDPOINT_ID = "organization.groups.roles.list"
METHOD = "GET"
PATH = "/organization/groups/{group_id}/roles"
STREAMABLE = False


def request_kwargs(
    group_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupRoleAssignmentsOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.roles.list`.

    Args:
        group_id (str):
        limit (int | Unset): Range 0..1000.
        after (str | Unset):
        order (ListGroupRoleAssignmentsOrder | Unset): One of: 'asc', 'desc' (others kept).

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
            group_id=encode_path_segment(group_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> RoleListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RoleListResource.from_dict(data)

    return response_200
