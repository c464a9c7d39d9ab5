# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`embeddings.create`: POST /embeddings (operation `createEmbedding`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_embedding_request import CreateEmbeddingRequest
from ...models.embedding_list import EmbeddingList

OPERATION_ID = "createEmbedding"
ENDPOINT_ID = "embeddings.create"
METHOD = "POST"
PATH = "/embeddings"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateEmbeddingRequest,
) -> dict[str, Any]:
    """
    Build the request for `embeddings.create`.

    Args:
        body (CreateEmbeddingRequest): Schema `CreateEmbeddingRequest`.

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


def parse_response(response: httpx.Response) -> EmbeddingList:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = EmbeddingList.from_dict(data)

    return response_200
