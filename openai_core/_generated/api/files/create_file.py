# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`files.create`: POST /files (operation `createFile`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_file_request import CreateFileRequest
from ...models.file_object import FileObject

OPERATION_ID = "createFile"
ENDPOINT_ID = "files.create"
METHOD = "POST"
PATH = "/files"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateFileRequest,
) -> dict[str, Any]:
    """
    Build the request for `files.create`.

    Args:
        body (CreateFileRequest): Schema `CreateFileRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["files"] = body.to_multipart()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> FileObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = FileObject.from_dict(data)

    return response_200
