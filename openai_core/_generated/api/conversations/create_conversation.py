# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`conversations.create`: POST /conversations (operation `createConversation`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.conversation_resource import ConversationResource
from ...models.create_conversation_body import CreateConversationBody
from ...types import UNSET, Unset

OPERATION_ID = "createConversation"
ENDPOINT_ID = "conversations.create"
METHOD = "POST"
PATH = "/conversations"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateConversationBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `conversations.create`.

    Args:
        body (CreateConversationBody | Unset): Schema `CreateConversationBody`.

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


def parse_response(response: httpx.Response) -> ConversationResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ConversationResource.from_dict(data)

    return response_200
