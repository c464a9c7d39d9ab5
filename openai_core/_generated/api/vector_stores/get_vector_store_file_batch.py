# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.file_batches.retrieve`: GET /vector_stores/{vector_store_id}/file_batches/{batch_id} (operation `getVectorStoreFileBatch`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.vector_store_file_batch_object import VectorStoreFileBatchObject
from ...types import encode_path_segment

OPERATION_ID = "getVectorStoreFileBatch"
ENDPOINT_ID = "vector_stores.file_batches.retrieve"
METHOD = "GET"
PATH = "/vector_stores/{vector_store_id}/file_batches/{batch_id}"
STREAMABLE = False


def request_kwargs(
    vector_store_id: str,
    batch_id: str,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.file_batches.retrieve`.

    Args:
        vector_store_id (str):
        batch_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vector_store_id=encode_path_segment(vector_store_id),
            batch_id=encode_path_segment(batch_id),
        ),
    }

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
