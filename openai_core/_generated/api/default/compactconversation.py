# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`responses.compact`: POST /responses/compact (operation `Compactconversation`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.compact_resource import CompactResource
from ...models.compact_response_method_public_body import CompactResponseMethodPublicBody
from ...types import UNSET, Unset

OPERATION_ID = "Compactconversation"
ENDPOINT_ID = "responses.compact"
METHOD = "POST"
PATH = "/responses/compact"
STREAMABLE = False


def request_kwargs(
    *,
    body: CompactResponseMethodPublicBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `responses.compact`.

    Args:
        body (CompactResponseMethodPublicBody | Unset): Schema `CompactResponseMethodPublicBody`.

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


def parse_response(response: httpx.Response) -> CompactResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = CompactResource.from_dict(data)

    return response_200
