# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.messages.update`: POST /threads/{thread_id}/messages/{message_id} (operation `modifyMessage`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.message_object import MessageObject
from ...models.modify_message_request import ModifyMessageRequest
from ...types import encode_path_segment

OPERATION_ID = "modifyMessage"
ENDPOINT_ID = "threads.messages.update"
METHOD = "POST"
PATH = "/threads/{thread_id}/messages/{message_id}"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    message_id: str,
    *,
    body: ModifyMessageRequest,
) -> dict[str, Any]:
    """
    Build the request for `threads.messages.update`.

    Args:
        thread_id (str):
        message_id (str):
        body (ModifyMessageRequest): Schema `ModifyMessageRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
            message_id=encode_path_segment(message_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> MessageObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = MessageObject.from_dict(data)

    return response_200
