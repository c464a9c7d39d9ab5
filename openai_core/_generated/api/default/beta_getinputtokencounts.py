# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`beta.responses.input_tokens.count`: POST /responses/input_tokens?beta=true (operation `beta_Getinputtokencounts`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.beta_token_counts_body import BetaTokenCountsBody
from ...models.beta_token_counts_resource import BetaTokenCountsResource
from ...types import UNSET, Unset

OPERATION_ID = "beta_Getinputtokencounts"
ENDPOINT_ID = "beta.responses.input_tokens.count"
METHOD = "POST"
PATH = "/responses/input_tokens?beta=true"
STREAMABLE = False


def request_kwargs(
    *,
    body: BetaTokenCountsBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `beta.responses.input_tokens.count`.

    Args:
        body (BetaTokenCountsBody | Unset): Schema `BetaTokenCountsBody`.

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


def parse_response(response: httpx.Response) -> BetaTokenCountsResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = BetaTokenCountsResource.from_dict(data)

    return response_200
