# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`responses.create`: POST /responses (operation `createResponse`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_response import CreateResponse
from ...models.response import Response

OPERATION_ID = "createResponse"
ENDPOINT_ID = "responses.create"
METHOD = "POST"
PATH = "/responses"
STREAMABLE = True


def request_kwargs(
    *,
    body: CreateResponse,
) -> dict[str, Any]:
    """
    Build the request for `responses.create` (it can answer a stream).

    Args:
        body (CreateResponse): Schema `CreateResponse`.

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


def parse_response(response: httpx.Response) -> Response:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = Response.from_dict(data)

    return response_200
