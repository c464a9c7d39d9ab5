# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.messages.create`: POST /threads/{thread_id}/messages (operation `createMessage`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_message_request import CreateMessageRequest
from ...models.message_object import MessageObject
from ...types import encode_path_segment

OPERATION_ID = "createMessage"
ENDPOINT_ID = "threads.messages.create"
METHOD = "POST"
PATH = "/threads/{thread_id}/messages"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    *,
    body: CreateMessageRequest,
) -> dict[str, Any]:
    """
    Build the request for `threads.messages.create`.

    Args:
        thread_id (str):
        body (CreateMessageRequest): Schema `CreateMessageRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
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
