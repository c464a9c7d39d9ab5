# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`videos.create`: POST /videos (operation `createVideo`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_video_multipart_body import CreateVideoMultipartBody
from ...models.video_resource import VideoResource
from ...types import UNSET, Unset

OPERATION_ID = "createVideo"
ENDPOINT_ID = "videos.create"
METHOD = "POST"
PATH = "/videos"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateVideoMultipartBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `videos.create`.

    Args:
        body (CreateVideoMultipartBody | Unset): Schema `CreateVideoMultipartBody`.

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
