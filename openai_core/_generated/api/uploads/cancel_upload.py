# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`uploads.cancel`: POST /uploads/{upload_id}/cancel (operation `cancelUpload`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.upload import Upload
from ...types import encode_path_segment

OPERATION_ID = "cancelUpload"
ENDPOINT_ID = "uploads.cancel"
METHOD = "POST"
PATH = "/uploads/{upload_id}/cancel"
STREAMABLE = False


def request_kwargs(
    upload_id: str,
) -> dict[str, Any]:
    """
    Build the request for `uploads.cancel`.

    Args:
        upload_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            upload_id=encode_path_segment(upload_id),
        ),
    }

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
