# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.groups.list`: GET /organization/groups (operation `list-groups`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.group_list_resource import GroupListResource
from ...models.list_groups_order import ListGroupsOrder
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "list-groups"
ENDPOINT_ID = "organization.groups.list"
METHOD = "GET"
PATH = "/organization/groups"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListGroupsOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.groups.list`.

    Args:
        limit (int | Unset): Range 0..1000.
        after (str | Unset):
        order (ListGroupsOrder | Unset): One of: 'asc', 'desc' (others kept).

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


def parse_response(response: httpx.Response) -> GroupListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = GroupListResource.from_dict(data)

    return response_200
