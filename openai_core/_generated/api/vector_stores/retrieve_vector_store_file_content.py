# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`vector_stores.files.content`: GET /vector_stores/{vector_store_id}/files/{file_id}/content (operation `retrieveVectorStoreFileContent`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.vector_store_file_content_response import VectorStoreFileContentResponse
from ...types import encode_path_segment

OPERATION_ID = "retrieveVectorStoreFileContent"
ENDPOINT_ID = "vector_stores.files.content"
METHOD = "GET"
PATH = "/vector_stores/{vector_store_id}/files/{file_id}/content"
STREAMABLE = False


def request_kwargs(
    vector_store_id: str,
    file_id: str,
) -> dict[str, Any]:
    """
    Build the request for `vector_stores.files.content`.

    Args:
        vector_store_id (str):
        file_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vector_store_id=encode_path_segment(vector_store_id),
            file_id=encode_path_segment(file_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> VectorStoreFileContentResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VectorStoreFileContentResponse.from_dict(data)

    return response_200
