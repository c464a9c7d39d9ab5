# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chatkit.sessions.cancel`: POST /chatkit/sessions/{session_id}/cancel (operation `CancelChatSessionMethod`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.chat_session_resource import ChatSessionResource
from ...types import encode_path_segment

OPERATION_ID = "CancelChatSessionMethod"
ENDPOINT_ID = "chatkit.sessions.cancel"
METHOD = "POST"
PATH = "/chatkit/sessions/{session_id}/cancel"
STREAMABLE = False


def request_kwargs(
    session_id: str,
) -> dict[str, Any]:
    """
    Build the request for `chatkit.sessions.cancel`.

    Args:
        session_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            session_id=encode_path_segment(session_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ChatSessionResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ChatSessionResource.from_dict(data)

    return response_200
