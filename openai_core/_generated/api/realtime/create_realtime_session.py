# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.sessions.create`: POST /realtime/sessions (operation `create-realtime-session`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.realtime_session_create_request import RealtimeSessionCreateRequest
from ...models.realtime_session_create_response import RealtimeSessionCreateResponse

OPERATION_ID = "create-realtime-session"
ENDPOINT_ID = "realtime.sessions.create"
METHOD = "POST"
PATH = "/realtime/sessions"
STREAMABLE = False


def request_kwargs(
    *,
    body: RealtimeSessionCreateRequest,
) -> dict[str, Any]:
    """
    Build the request for `realtime.sessions.create`.

    Args:
        body (RealtimeSessionCreateRequest): Schema `RealtimeSessionCreateRequest`.

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


def parse_response(response: httpx.Response) -> RealtimeSessionCreateResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RealtimeSessionCreateResponse.from_dict(data)

    return response_200
