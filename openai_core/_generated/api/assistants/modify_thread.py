# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.update`: POST /threads/{thread_id} (operation `modifyThread`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.modify_thread_request import ModifyThreadRequest
from ...models.thread_object import ThreadObject
from ...types import encode_path_segment

OPERATION_ID = "modifyThread"
ENDPOINT_ID = "threads.update"
METHOD = "POST"
PATH = "/threads/{thread_id}"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    *,
    body: ModifyThreadRequest,
) -> dict[str, Any]:
    """
    Build the request for `threads.update`.

    Args:
        thread_id (str):
        body (ModifyThreadRequest): Schema `ModifyThreadRequest`.

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


def parse_response(response: httpx.Response) -> ThreadObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ThreadObject.from_dict(data)

    return response_200
