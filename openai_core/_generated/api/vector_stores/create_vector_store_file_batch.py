# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.file_batches.create`: POST /vector_stores/{vector_store_id}/file_batches (operation `createVectorStoreFileBatch`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_vector_store_file_batch_request import CreateVectorStoreFileBatchRequest
from ...models.vector_store_file_batch_object import VectorStoreFileBatchObject
from ...types import encode_path_segment

OPERATION_ID = "createVectorStoreFileBatch"
ENDPOINT_ID = "vector_stores.file_batches.create"
METHOD = "POST"
PATH = "/vector_stores/{vector_store_id}/file_batches"
STREAMABLE = False


def request_kwargs(
    vector_store_id: str,
    *,
    body: CreateVectorStoreFileBatchRequest,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.file_batches.create`.

    Args:
        vector_store_id (str):
        body (CreateVectorStoreFileBatchRequest): Schema `CreateVectorStoreFileBatchRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vector_store_id=encode_path_segment(vector_store_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> VectorStoreFileBatchObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VectorStoreFileBatchObject.from_dict(data)

    return response_200
