# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.update`: POST /vector_stores/{vector_store_id} (operation `modifyVectorStore`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.update_vector_store_request import UpdateVectorStoreRequest
from ...models.vector_store_object import VectorStoreObject
from ...types import encode_path_segment

OPERATION_ID = "modifyVectorStore"
ENDPOINT_ID = "vector_stores.update"
METHOD = "POST"
PATH = "/vector_stores/{vector_store_id}"
STREAMABLE = False


def request_kwargs(
    vector_store_id: str,
    *,
    body: UpdateVectorStoreRequest,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.update`.

    Args:
        vector_store_id (str):
        body (UpdateVectorStoreRequest): Schema `UpdateVectorStoreRequest`.

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


def parse_response(response: httpx.Response) -> VectorStoreObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VectorStoreObject.from_dict(data)

    return response_200
