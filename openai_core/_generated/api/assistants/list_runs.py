# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.runs.list`: GET /threads/{thread_id}/runs (operation `listRuns`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_runs_order import ListRunsOrder
from ...models.list_runs_response import ListRunsResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listRuns"
ENDPOINT_ID = "threads.runs.list"
METHOD = "GET"
PATH = "/threads/{thread_id}/runs"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListRunsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `threads.runs.list`.

    Args:
        thread_id (str):
        limit (int | Unset):
        order (ListRunsOrder | Unset): One of: 'asc', 'desc' (others kept).
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
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListRunsResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListRunsResponse.from_dict(data)

    return response_200
