# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`conversations.items.delete`: DELETE /conversations/{conversation_id}/items/{item_id} (operation `deleteConversationItem`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.conversation_resource import ConversationResource
from ...types import encode_path_segment

OPERATION_ID = "deleteConversationItem"
ENDPOINT_ID = "conversations.items.delete"
METHOD = "DELETE"
PATH = "/conversations/{conversation_id}/items/{item_id}"
STREAMABLE = False


def request_kwargs(
    conversation_id: str,
    item_id: str,
) -> dict[str, Any]:
    """
    Build the request for `conversations.items.delete`.

    Args:
        conversation_id (str):
        item_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            conversation_id=encode_path_segment(conversation_id),
            item_id=encode_path_segment(item_id),
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
