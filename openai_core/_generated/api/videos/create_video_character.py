# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`videos.characters.create`: POST /videos/characters (operation `CreateVideoCharacter`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_video_character_body import CreateVideoCharacterBody
from ...models.video_character_resource import VideoCharacterResource
from ...types import UNSET, Unset

OPERATION_ID = "CreateVideoCharacter"
ENDPOINT_ID = "videos.characters.create"
METHOD = "POST"
PATH = "/videos/characters"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateVideoCharacterBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `videos.characters.create`.

    Args:
        body (CreateVideoCharacterBody | Unset): Schema `CreateVideoCharacterBody`.

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


def parse_response(response: httpx.Response) -> VideoCharacterResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VideoCharacterResource.from_dict(data)

    return response_200
