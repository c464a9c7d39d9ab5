# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`files.content`: GET /files/{file_id}/content (operation `downloadFile`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...types import encode_path_segment

OPERATION_ID = "downloadFile"
ENDPOINT_ID = "files.content"
METHOD = "GET"
PATH = "/files/{file_id}/content"
STREAMABLE = False


def request_kwargs(
    file_id: str,
) -> dict[str, Any]:
    """
    Build the request for `files.content`.

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


def parse_response(response: httpx.Response) -> bytes:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return response.content
