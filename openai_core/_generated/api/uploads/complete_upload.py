# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`uploads.complete`: POST /uploads/{upload_id}/complete (operation `completeUpload`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.complete_upload_request import CompleteUploadRequest
from ...models.upload import Upload
from ...types import encode_path_segment

OPERATION_ID = "completeUpload"
ENDPOINT_ID = "uploads.complete"
METHOD = "POST"
PATH = "/uploads/{upload_id}/complete"
STREAMABLE = False


def request_kwargs(
    upload_id: str,
    *,
    body: CompleteUploadRequest,
) -> dict[str, Any]:
    """
    Build the request for `uploads.complete`.

    Args:
        upload_id (str):
        body (CompleteUploadRequest): Schema `CompleteUploadRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            upload_id=encode_path_segment(upload_id),
        ),
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
