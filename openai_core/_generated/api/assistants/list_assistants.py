# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`assistants.list`: GET /assistants (operation `listAssistants`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_assistants_order import ListAssistantsOrder
from ...models.list_assistants_response import ListAssistantsResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listAssistants"
ENDPOINT_ID = "assistants.list"
METHOD = "GET"
PATH = "/assistants"
STREAMABLE = False


def request_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `assistants.list`.

    Args:
        limit (int | Unset):
        order (ListAssistantsOrder | Unset): One of: 'asc', 'desc' (others kept).
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


def parse_response(response: httpx.Response) -> ListAssistantsResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListAssistantsResponse.from_dict(data)

    return response_200
