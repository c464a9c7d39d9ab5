# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.create`: POST /vector_stores (operation `createVectorStore`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_vector_store_request import CreateVectorStoreRequest
from ...models.vector_store_object import VectorStoreObject

OPERATION_ID = "createVectorStore"
ENDPOINT_ID = "vector_stores.create"
METHOD = "POST"
PATH = "/vector_stores"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateVectorStoreRequest,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.create`.

    Args:
        body (CreateVectorStoreRequest): Schema `CreateVectorStoreRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
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
