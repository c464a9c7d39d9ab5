# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`images.edits.create`: POST /images/edits (operation `createImageEdit`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_image_edit_request import CreateImageEditRequest
from ...models.images_response import ImagesResponse

OPERATION_ID = "createImageEdit"
ENDPOINT_ID = "images.edits.create"
METHOD = "POST"
PATH = "/images/edits"
STREAMABLE = True


def request_kwargs(
    *,
    body: CreateImageEditRequest,
) -> dict[str, Any]:
    """
    Build the request for `images.edits.create` (it can answer a stream).

    Args:
        body (CreateImageEditRequest): Schema `CreateImageEditRequest`.

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


def parse_response(response: httpx.Response) -> ImagesResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ImagesResponse.from_dict(data)

    return response_200
