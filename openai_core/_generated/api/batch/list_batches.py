# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`batches.list`: GET /batches (operation `listBatches`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_batches_response import ListBatchesResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listBatches"
ENDPOINT_ID = "batches.list"
METHOD = "GET"
PATH = "/batches"
STREAMABLE = False


def request_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `batches.list`.

    Args:
        after (str | Unset):
        limit (int | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListBatchesResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListBatchesResponse.from_dict(data)

    return response_200
