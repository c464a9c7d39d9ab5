# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.speech.create`: POST /audio/speech (operation `createSpeech`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...models.create_speech_request import CreateSpeechRequest

OPERATION_ID = "createSpeech"
ENDPOINT_ID = "audio.speech.create"
METHOD = "POST"
PATH = "/audio/speech"
STREAMABLE = True


def request_kwargs(
    *,
    body: CreateSpeechRequest,
) -> dict[str, Any]:
    """
    Build the request for `audio.speech.create` (it can answer a stream).

    Args:
        body (CreateSpeechRequest): Schema `CreateSpeechRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> bytes:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return response.content
