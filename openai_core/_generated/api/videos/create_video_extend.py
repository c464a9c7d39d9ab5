# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`videos.extensions.create`: POST /videos/extensions (operation `CreateVideoExtend`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_video_extend_multipart_body import CreateVideoExtendMultipartBody
from ...models.video_resource import VideoResource
from ...types import UNSET, Unset

OPERATION_ID = "CreateVideoExtend"
ENDPOINT_ID = "videos.extensions.create"
METHOD = "POST"
PATH = "/videos/extensions"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateVideoExtendMultipartBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `videos.extensions.create`.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Schema `CreateVideoExtendMultipartBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> VideoResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VideoResource.from_dict(data)

    return response_200
