# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.create_and_run`: POST /threads/runs (operation `createThreadAndRun`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_thread_and_run_request import CreateThreadAndRunRequest
from ...models.run_object import RunObject

OPERATION_ID = "createThreadAndRun"
ENDPOINT_ID = "threads.create_and_run"
METHOD = "POST"
PATH = "/threads/runs"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateThreadAndRunRequest,
) -> dict[str, Any]:
    """
    Build the request for `threads.create_and_run`.

    Args:
        body (CreateThreadAndRunRequest): Schema `CreateThreadAndRunRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> RunObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RunObject.from_dict(data)

    return response_200
