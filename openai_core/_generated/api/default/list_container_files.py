# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`containers.files.list`: GET /containers/{container_id}/files (operation `ListContainerFiles`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.container_file_list_resource import ContainerFileListResource
from ...models.list_container_files_order import (
    ListContainerFilesOrder,
)
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "ListContainerFiles"
ENDPOINT_ID = "containers.files.list"
METHOD = "GET"
PATH = "/containers/{container_id}/files"
STREAMABLE = False


def request_kwargs(
    container_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListContainerFilesOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `containers.files.list`.

    Args:
        container_id (str):
        limit (int | Unset):
        order (ListContainerFilesOrder | Unset): One of: 'asc', 'desc' (others kept).
        after (str | Unset):

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

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            container_id=encode_path_segment(container_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ContainerFileListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ContainerFileListResource.from_dict(data)

    return response_200
