# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.calls.hangup`: POST /realtime/calls/{call_id}/hangup (operation `hangup-realtime-call`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...types import encode_path_segment

OPERATION_ID = "hangup-realtime-call"
ENDPOINT_ID = "realtime.calls.hangup"
METHOD = "POST"
PATH = "/realtime/calls/{call_id}/hangup"
STREAMABLE = False


def request_kwargs(
    call_id: str,
) -> dict[str, Any]:
    """
    Build the request for `realtime.calls.hangup`.

    Args:
        call_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            call_id=encode_path_segment(call_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return None
