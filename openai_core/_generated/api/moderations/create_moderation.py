# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`moderations.create`: POST /moderations (operation `createModeration`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_moderation_request import CreateModerationRequest
from ...models.create_moderation_response import CreateModerationResponse

OPERATION_ID = "createModeration"
ENDPOINT_ID = "moderations.create"
METHOD = "POST"
PATH = "/moderations"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateModerationRequest,
) -> dict[str, Any]:
    """
    Build the request for `moderations.create`.

    Args:
        body (CreateModerationRequest): Schema `CreateModerationRequest`.

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


def parse_response(response: httpx.Response) -> CreateModerationResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = CreateModerationResponse.from_dict(data)

    return response_200
