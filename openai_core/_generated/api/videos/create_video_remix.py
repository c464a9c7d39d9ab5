# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`videos.remix`: POST /videos/{video_id}/remix (operation `CreateVideoRemix`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_video_remix_body import CreateVideoRemixBody
from ...models.video_resource import VideoResource
from ...types import UNSET, Unset, encode_path_segment

OPERATION_ID = "CreateVideoRemix"
ENDPOINT_ID = "videos.remix"
METHOD = "POST"
PATH = "/videos/{video_id}/remix"
STREAMABLE = False


def request_kwargs(
    video_id: str,
    *,
    body: CreateVideoRemixBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `videos.remix`.

    Args:
        video_id (str):
        body (CreateVideoRemixBody | Unset): Schema `CreateVideoRemixBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            video_id=encode_path_segment(video_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

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
