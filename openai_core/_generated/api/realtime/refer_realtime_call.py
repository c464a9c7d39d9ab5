# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.calls.refer`: POST /realtime/calls/{call_id}/refer (operation `refer-realtime-call`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...models.realtime_call_refer_request import RealtimeCallReferRequest
from ...types import encode_path_segment

OPERATION_ID = "refer-realtime-call"
ENDPOINT_ID = "realtime.calls.refer"
METHOD = "POST"
PATH = "/realtime/calls/{call_id}/refer"
STREAMABLE = False


def request_kwargs(
    call_id: str,
    *,
    body: RealtimeCallReferRequest,
) -> dict[str, Any]:
    """
    Build the request for `realtime.calls.refer`.

    Args:
        call_id (str):
        body (RealtimeCallReferRequest): Schema `RealtimeCallReferRequest`.

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
