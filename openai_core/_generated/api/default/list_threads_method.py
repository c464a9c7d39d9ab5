# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chatkit.threads.list`: GET /chatkit/threads (operation `ListThreadsMethod`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.order_enum import OrderEnum
from ...models.thread_list_resource import ThreadListResource
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "ListThreadsMethod"
ENDPOINT_ID = "chatkit.threads.list"
METHOD = "GET"
PATH = "/chatkit/threads"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `chatkit.threads.list`.

    Args:
        limit (int | Unset): Range 0..100.
        order (OrderEnum | Unset): Schema `OrderEnum`.
        after (str | Unset):
        before (str | Unset):
        user (str | Unset): Length 1..512.

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
    add_query_param(params, "user", user)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ThreadListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ThreadListResource.from_dict(data)

    return response_200
