# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`videos.characters.retrieve`: GET /videos/characters/{character_id} (operation `GetVideoCharacter`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.video_character_resource import VideoCharacterResource
from ...types import encode_path_segment

OPERATION_ID = "GetVideoCharacter"
ENDPOINT_ID = "videos.characters.retrieve"
METHOD = "GET"
PATH = "/videos/characters/{character_id}"
STREAMABLE = False


def request_kwargs(
    character_id: str,
) -> dict[str, Any]:
    """
    Build the request for `videos.characters.retrieve`.

    Args:
        character_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            character_id=encode_path_segment(character_id),
        ),
    }

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
