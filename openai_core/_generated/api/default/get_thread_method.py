# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`chatkit.threads.retrieve`: GET /chatkit/threads/{thread_id} (operation `GetThreadMethod`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.thread_resource import ThreadResource
from ...types import encode_path_segment

OPERATION_ID = "GetThreadMethod"
ENDPOINT_ID = "chatkit.threads.retrieve"
METHOD = "GET"
PATH = "/chatkit/threads/{thread_id}"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
) -> dict[str, Any]:
    """
    Build the request for `chatkit.threads.retrieve`.

    Args:
        thread_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ThreadResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ThreadResource.from_dict(data)

    return response_200
