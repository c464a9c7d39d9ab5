# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`conversations.retrieve`: GET /conversations/{conversation_id} (operation `getConversation`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.conversation_resource import ConversationResource
from ...types import encode_path_segment

OPERATION_ID = "getConversation"
ENDPOINT_ID = "conversations.retrieve"
METHOD = "GET"
PATH = "/conversations/{conversation_id}"
STREAMABLE = False


def request_kwargs(
    conversation_id: str,
) -> dict[str, Any]:
    """
    Build the request for `conversations.retrieve`.

    Args:
        conversation_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            conversation_id=encode_path_segment(conversation_id),
        ),
    }

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
