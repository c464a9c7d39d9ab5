# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`completions.create`: POST /completions (operation `createCompletion`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_completion_request import CreateCompletionRequest
from ...models.create_completion_response import CreateCompletionResponse

OPERATION_ID = "createCompletion"
ENDPOINT_ID = "completions.create"
METHOD = "POST"
PATH = "/completions"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateCompletionRequest,
) -> dict[str, Any]:
    """
    Build the request for `completions.create`.

    Args:
        body (CreateCompletionRequest): Schema `CreateCompletionRequest`.

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


def parse_response(response: httpx.Response) -> CreateCompletionResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = CreateCompletionResponse.from_dict(data)

    return response_200
