# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.messages.delete`: DELETE /threads/{thread_id}/messages/{message_id} (operation `deleteMessage`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.delete_message_response import DeleteMessageResponse
from ...types import encode_path_segment

OPERATION_ID = "deleteMessage"
ENDPOINT_ID = "threads.messages.delete"
METHOD = "DELETE"
PATH = "/threads/{thread_id}/messages/{message_id}"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    message_id: str,
) -> dict[str, Any]:
    """
    Build the request for `threads.messages.delete`.

    Args:
        thread_id (str):
        message_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
            message_id=encode_path_segment(message_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteMessageResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeleteMessageResponse.from_dict(data)

    return response_200
