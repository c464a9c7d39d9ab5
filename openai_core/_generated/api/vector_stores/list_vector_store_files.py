# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.files.list`: GET /vector_stores/{vector_store_id}/files (operation `listVectorStoreFiles`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_vector_store_files_filter import (
    ListVectorStoreFilesFilter,
)
from ...models.list_vector_store_files_order import (
    ListVectorStoreFilesOrder,
)
from ...models.list_vector_store_files_response import ListVectorStoreFilesResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listVectorStoreFiles"
ENDPOINT_ID = "vector_stores.files.list"
METHOD = "GET"
PATH = "/vector_stores/{vector_store_id}/files"
STREAMABLE = False


def request_kwargs(
    vector_store_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListVectorStoreFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.files.list`.

    Args:
        vector_store_id (str):
        limit (int | Unset):
        order (ListVectorStoreFilesOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):
        before (str | Unset):
        filter_ (ListVectorStoreFilesFilter | Unset): One of: 'in_progress', 'completed',
            'failed', 'cancelled' (others kept).

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
    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    add_query_param(params, "filter", json_filter_)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vector_store_id=encode_path_segment(vector_store_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListVectorStoreFilesResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListVectorStoreFilesResponse.from_dict(data)

    return response_200
