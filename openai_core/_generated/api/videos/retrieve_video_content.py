# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`videos.content`: GET /videos/{video_id}/content (operation `RetrieveVideoContent`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...models.video_content_variant import VideoContentVariant
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "RetrieveVideoContent"
ENDPOINT_ID = "videos.content"
METHOD = "GET"
PATH = "/videos/{video_id}/content"
STREAMABLE = False


def request_kwargs(
    video_id: str,
    *,
    variant: VideoContentVariant | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `videos.content`.

    Args:
        video_id (str):
        variant (VideoContentVariant | Unset): Schema `VideoContentVariant`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    json_variant: str | Unset = UNSET
    if not isinstance(variant, Unset):
        json_variant = variant

    add_query_param(params, "variant", json_variant)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            video_id=encode_path_segment(video_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> bytes:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return response.content
