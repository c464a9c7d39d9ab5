# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`conversations.update`: POST /conversations/{conversation_id} (operation `updateConversation`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.conversation_resource import ConversationResource
from ...models.update_conversation_body import UpdateConversationBody
from ...types import UNSET, Unset, encode_path_segment

OPERATION_ID = "updateConversation"
ENDPOINT_ID = "conversations.update"
METHOD = "POST"
PATH = "/conversations/{conversation_id}"
STREAMABLE = False


def request_kwargs(
    conversation_id: str,
    *,
    body: UpdateConversationBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `conversations.update`.

    Args:
        conversation_id (str):
        body (UpdateConversationBody | Unset): Schema `UpdateConversationBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            conversation_id=encode_path_segment(conversation_id),
        ),
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
