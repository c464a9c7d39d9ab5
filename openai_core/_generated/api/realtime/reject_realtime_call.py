# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.calls.reject`: POST /realtime/calls/{call_id}/reject (operation `reject-realtime-call`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...models.realtime_call_reject_request import RealtimeCallRejectRequest
from ...types import UNSET, Unset, encode_path_segment

OPERATION_ID = "reject-realtime-call"
ENDPOINT_ID = "realtime.calls.reject"
METHOD = "POST"
PATH = "/realtime/calls/{call_id}/reject"
STREAMABLE = False


def request_kwargs(
    call_id: str,
    *,
    body: RealtimeCallRejectRequest | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `realtime.calls.reject`.

    Args:
        call_id (str):
        body (RealtimeCallRejectRequest | Unset): Schema `RealtimeCallRejectRequest`.

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

    if not isinstance(body, Unset):
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
