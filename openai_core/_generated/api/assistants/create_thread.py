# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.create`: POST /threads (operation `createThread`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_thread_request import CreateThreadRequest
from ...models.thread_object import ThreadObject
from ...types import UNSET, Unset

OPERATION_ID = "createThread"
ENDPOINT_ID = "threads.create"
METHOD = "POST"
PATH = "/threads"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateThreadRequest | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `threads.create`.

    Args:
        body (CreateThreadRequest | Unset): Schema `CreateThreadRequest`.

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


def parse_response(response: httpx.Response) -> ThreadObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ThreadObject.from_dict(data)

    return response_200
