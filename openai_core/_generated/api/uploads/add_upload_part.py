# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`uploads.parts.create`: POST /uploads/{upload_id}/parts (operation `addUploadPart`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.add_upload_part_request import AddUploadPartRequest
from ...models.upload_part import UploadPart
from ...types import encode_path_segment

OPERATION_ID = "addUploadPart"
ENDPOINT_ID = "uploads.parts.create"
METHOD = "POST"
PATH = "/uploads/{upload_id}/parts"
STREAMABLE = False


def request_kwargs(
    upload_id: str,
    *,
    body: AddUploadPartRequest,
) -> dict[str, Any]:
    """
    Build the request for `uploads.parts.create`.

    Args:
        upload_id (str):
        body (AddUploadPartRequest): Schema `AddUploadPartRequest`.

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

    _kwargs["files"] = body.to_multipart()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> UploadPart:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = UploadPart.from_dict(data)

    return response_200
