# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`files.delete`: DELETE /files/{file_id} (operation `deleteFile`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.delete_file_response import DeleteFileResponse
from ...types import encode_path_segment

OPERATION_ID = "deleteFile"
ENDPOINT_ID = "files.delete"
METHOD = "DELETE"
PATH = "/files/{file_id}"
STREAMABLE = False


def request_kwargs(
    file_id: str,
) -> dict[str, Any]:
    """
    Build the request for `files.delete`.

    Args:
        file_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            file_id=encode_path_segment(file_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteFileResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeleteFileResponse.from_dict(data)

    return response_200
