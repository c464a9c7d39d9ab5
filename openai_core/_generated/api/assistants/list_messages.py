# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.messages.list`: GET /threads/{thread_id}/messages (operation `listMessages`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_messages_order import ListMessagesOrder
from ...models.list_messages_response import ListMessagesResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listMessages"
ENDPOINT_ID = "threads.messages.list"
METHOD = "GET"
PATH = "/threads/{thread_id}/messages"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListMessagesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `threads.messages.list`.

    Args:
        thread_id (str):
        limit (int | Unset):
        order (ListMessagesOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):

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
    add_query_param(params, "run_id", run_id)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListMessagesResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListMessagesResponse.from_dict(data)

    return response_200
