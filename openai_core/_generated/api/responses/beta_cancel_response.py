# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`beta.responses.cancel`: POST /responses/{response_id}/cancel?beta=true (operation `beta_cancelResponse`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.beta_response import BetaResponse
from ...types import encode_path_segment

OPERATION_ID = "beta_cancelResponse"
ENDPOINT_ID = "beta.responses.cancel"
METHOD = "POST"
PATH = "/responses/{response_id}/cancel?beta=true"
STREAMABLE = False


def request_kwargs(
    response_id: str,
) -> dict[str, Any]:
    """
    Build the request for `beta.responses.cancel`.

    Args:
        response_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            response_id=encode_path_segment(response_id),
        ),
    }

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
