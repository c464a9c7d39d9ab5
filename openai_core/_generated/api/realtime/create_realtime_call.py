# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.calls.create`: POST /realtime/calls (operation `create-realtime-call`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...models.realtime_call_create_request import RealtimeCallCreateRequest

OPERATION_ID = "create-realtime-call"
ENDPOINT_ID = "realtime.calls.create"
METHOD = "POST"
PATH = "/realtime/calls"
STREAMABLE = False


def request_kwargs(
    *,
    body: RealtimeCallCreateRequest,
) -> dict[str, Any]:
    """
    Build the request for `realtime.calls.create`.

    Args:
        body (RealtimeCallCreateRequest): Schema `RealtimeCallCreateRequest`.

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


def parse_response(response: httpx.Response) -> str:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return response.text
