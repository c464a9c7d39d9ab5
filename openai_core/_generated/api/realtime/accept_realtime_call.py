# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.calls.accept`: POST /realtime/calls/{call_id}/accept (operation `accept-realtime-call`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from ...types import encode_path_segment

OPERATION_ID = "accept-realtime-call"
ENDPOINT_ID = "realtime.calls.accept"
METHOD = "POST"
PATH = "/realtime/calls/{call_id}/accept"
STREAMABLE = False


def request_kwargs(
    call_id: str,
    *,
    body: RealtimeSessionCreateRequestGA,
) -> dict[str, Any]:
    """
    Build the request for `realtime.calls.accept`.

    Args:
        call_id (str):
        body (RealtimeSessionCreateRequestGA): Schema `RealtimeSessionCreateRequestGA`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            call_id=encode_path_segment(call_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return None
