# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`videos.delete`: DELETE /videos/{video_id} (operation `DeleteVideo`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.deleted_video_resource import DeletedVideoResource
from ...types import encode_path_segment

OPERATION_ID = "DeleteVideo"
ENDPOINT_ID = "videos.delete"
METHOD = "DELETE"
PATH = "/videos/{video_id}"
STREAMABLE = False


def request_kwargs(
    video_id: str,
) -> dict[str, Any]:
    """
    Build the request for `videos.delete`.

    Args:
        video_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            video_id=encode_path_segment(video_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeletedVideoResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeletedVideoResource.from_dict(data)

    return response_200
