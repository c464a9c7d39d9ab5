# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.roles.list`: GET /organization/roles (operation `list-roles`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_roles_order import ListRolesOrder
from ...models.public_role_list_resource import PublicRoleListResource
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "list-roles"
ENDPOINT_ID = "organization.roles.list"
METHOD = "GET"
PATH = "/organization/roles"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListRolesOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.roles.list`.

    Args:
        limit (int | Unset): Range 0..1000.
        after (str | Unset):
        order (ListRolesOrder | Unset): One of: 'asc', 'desc' (others kept).

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
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PublicRoleListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = PublicRoleListResource.from_dict(data)

    return response_200
