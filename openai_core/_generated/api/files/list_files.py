# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`files.list`: GET /files (operation `listFiles`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.file_list import FileList
from ...models.list_files_order import ListFilesOrder
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listFiles"
ENDPOINT_ID = "files.list"
METHOD = "GET"
PATH = "/files"
STREAMABLE = False


def request_kwargs(
    *,
    purpose: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `files.list`.

    Args:
        purpose (str | Unset):
        limit (int | Unset):
        order (ListFilesOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "purpose", purpose)
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)
    add_query_param(params, "after", after)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> FileList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = FileList.from_dict(data)

    return response_200
