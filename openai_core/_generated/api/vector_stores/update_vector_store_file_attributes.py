# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.files.update`: POST /vector_stores/{vector_store_id}/files/{file_id} (operation `updateVectorStoreFileAttributes`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.update_vector_store_file_attributes_request import (
    UpdateVectorStoreFileAttributesRequest,
)
from ...models.vector_store_file_object import VectorStoreFileObject
from ...types import encode_path_segment

OPERATION_ID = "updateVectorStoreFileAttributes"
ENDPOINT_ID = "vector_stores.files.update"
METHOD = "POST"
PATH = "/vector_stores/{vector_store_id}/files/{file_id}"
STREAMABLE = False


def request_kwargs(
    vector_store_id: str,
    file_id: str,
    *,
    body: UpdateVectorStoreFileAttributesRequest,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.files.update`.

    Args:
        vector_store_id (str):
        file_id (str):
        body (UpdateVectorStoreFileAttributesRequest): Schema
            `UpdateVectorStoreFileAttributesRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vector_store_id=encode_path_segment(vector_store_id),
            file_id=encode_path_segment(file_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> VectorStoreFileObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VectorStoreFileObject.from_dict(data)

    return response_200
