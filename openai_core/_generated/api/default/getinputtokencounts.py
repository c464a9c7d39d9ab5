# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`responses.input_tokens.count`: POST /responses/input_tokens (operation `Getinputtokencounts`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.token_counts_body import TokenCountsBody
from ...models.token_counts_resource import TokenCountsResource
from ...types import UNSET, Unset

OPERATION_ID = "Getinputtokencounts"
ENDPOINT_ID = "responses.input_tokens.count"
METHOD = "POST"
PATH = "/responses/input_tokens"
STREAMABLE = False


def request_kwargs(
    *,
    body: TokenCountsBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `responses.input_tokens.count`.

    Args:
        body (TokenCountsBody | Unset): Schema `TokenCountsBody`.

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


def parse_response(response: httpx.Response) -> TokenCountsResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = TokenCountsResource.from_dict(data)

    return response_200
