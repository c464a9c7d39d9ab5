# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.list`: GET /vector_stores (operation `listVectorStores`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_vector_stores_order import ListVectorStoresOrder
from ...models.list_vector_stores_response import ListVectorStoresResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listVectorStores"
ENDPOINT_ID = "vector_stores.list"
METHOD = "GET"
PATH = "/vector_stores"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListVectorStoresOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.list`.

    Args:
        limit (int | Unset):
        order (ListVectorStoresOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        before (str | Unset):

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
    add_query_param(params, "before", before)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListVectorStoresResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListVectorStoresResponse.from_dict(data)

    return response_200
