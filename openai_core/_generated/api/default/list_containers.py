# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`containers.list`: GET /containers (operation `ListContainers`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.container_list_resource import ContainerListResource
from ...models.list_containers_order import ListContainersOrder
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "ListContainers"
ENDPOINT_ID = "containers.list"
METHOD = "GET"
PATH = "/containers"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListContainersOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `containers.list`.

    Args:
        limit (int | Unset):
        order (ListContainersOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        name (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    add_query_param(params, "after", after)
    add_query_param(params, "name", name)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ContainerListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ContainerListResource.from_dict(data)

    return response_200
