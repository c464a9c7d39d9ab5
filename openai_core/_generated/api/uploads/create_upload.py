# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`uploads.create`: POST /uploads (operation `createUpload`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_upload_request import CreateUploadRequest
from ...models.upload import Upload

OPERATION_ID = "createUpload"
ENDPOINT_ID = "uploads.create"
METHOD = "POST"
PATH = "/uploads"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateUploadRequest,
) -> dict[str, Any]:
    """
    Build the request for `uploads.create`.

    Args:
        body (CreateUploadRequest): Schema `CreateUploadRequest`.

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


def parse_response(response: httpx.Response) -> Upload:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Upload.from_dict(data)

    return response_200
