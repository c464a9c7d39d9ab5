# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.transcription_sessions.create`: POST /realtime/transcription_sessions (operation `create-realtime-transcription-session`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from ...models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

OPERATION_ID = "create-realtime-transcription-session"
ENDPOINT_ID = "realtime.transcription_sessions.create"
METHOD = "POST"
PATH = "/realtime/transcription_sessions"
STREAMABLE = False


def request_kwargs(
    *,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> dict[str, Any]:
    """
    Build the request for `realtime.transcription_sessions.create`.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): Schema
            `RealtimeTranscriptionSessionCreateRequest`.

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


def parse_response(response: httpx.Response) -> RealtimeTranscriptionSessionCreateResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RealtimeTranscriptionSessionCreateResponse.from_dict(data)

    return response_200
