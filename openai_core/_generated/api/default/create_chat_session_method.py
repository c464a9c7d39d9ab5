# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chatkit.sessions.create`: POST /chatkit/sessions (operation `CreateChatSessionMethod`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.chat_session_resource import ChatSessionResource
from ...models.create_chat_session_body import CreateChatSessionBody
from ...types import UNSET, Unset

OPERATION_ID = "CreateChatSessionMethod"
ENDPOINT_ID = "chatkit.sessions.create"
METHOD = "POST"
PATH = "/chatkit/sessions"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateChatSessionBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `chatkit.sessions.create`.

    Args:
        body (CreateChatSessionBody | Unset): Schema `CreateChatSessionBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
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
