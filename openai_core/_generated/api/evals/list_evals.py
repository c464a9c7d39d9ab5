# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.list`: GET /evals (operation `listEvals`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.eval_list import EvalList
from ...models.list_evals_order import ListEvalsOrder
from ...models.list_evals_order_by import ListEvalsOrderBy
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listEvals"
ENDPOINT_ID = "evals.list"
METHOD = "GET"
PATH = "/evals"
STREAMABLE = False


def request_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListEvalsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `evals.list`.

    Args:
        after (str | Unset):
        limit (int | Unset):
        order (ListEvalsOrder | Unset): One of: 'asc', 'desc' (others kept).
        order_by (ListEvalsOrderBy | Unset): One of: 'created_at', 'updated_at' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    add_query_param(params, "order_by", json_order_by)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> EvalList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = EvalList.from_dict(data)

    return response_200
