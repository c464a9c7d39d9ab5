# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`beta.responses.compact`: POST /responses/compact?beta=true (operation `beta_Compactconversation`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.beta_compact_resource import BetaCompactResource
from ...models.beta_compact_response_method_public_body import BetaCompactResponseMethodPublicBody
from ...types import UNSET, Unset

OPERATION_ID = "beta_Compactconversation"
ENDPOINT_ID = "beta.responses.compact"
METHOD = "POST"
PATH = "/responses/compact?beta=true"
STREAMABLE = False


def request_kwargs(
    *,
    body: BetaCompactResponseMethodPublicBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `beta.responses.compact`.

    Args:
        body (BetaCompactResponseMethodPublicBody | Unset): Schema
            `BetaCompactResponseMethodPublicBody`.

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


def parse_response(response: httpx.Response) -> BetaCompactResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = BetaCompactResource.from_dict(data)

    return response_200
