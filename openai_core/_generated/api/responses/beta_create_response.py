# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`beta.responses.create`: POST /responses?beta=true (operation `beta_createResponse`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.beta_create_response import BetaCreateResponse
from ...models.beta_response import BetaResponse

OPERATION_ID = "beta_createResponse"
ENDPOINT_ID = "beta.responses.create"
METHOD = "POST"
PATH = "/responses?beta=true"
STREAMABLE = True


def request_kwargs(
    *,
    body: BetaCreateResponse,
) -> dict[str, Any]:
    """
    Build the request for `beta.responses.create` (it can answer a stream).

    Args:
        body (BetaCreateResponse): Schema `BetaCreateResponse`.

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


def parse_response(response: httpx.Response) -> BetaResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = BetaResponse.from_dict(data)

    return response_200
