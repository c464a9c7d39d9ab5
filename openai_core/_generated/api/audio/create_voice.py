# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.voices.create`: POST /audio/voices (operation `createVoice`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_voice_request import CreateVoiceRequest
from ...models.voice_resource import VoiceResource

OPERATION_ID = "createVoice"
ENDPOINT_ID = "audio.voices.create"
METHOD = "POST"
PATH = "/audio/voices"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateVoiceRequest,
) -> dict[str, Any]:
    """
    Build the request for `audio.voices.create`.

    Args:
        body (CreateVoiceRequest): Schema `CreateVoiceRequest`.

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


def parse_response(response: httpx.Response) -> VoiceResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VoiceResource.from_dict(data)

    return response_200
