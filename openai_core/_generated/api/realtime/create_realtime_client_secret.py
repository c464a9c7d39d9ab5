# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.client_secrets.create`: POST /realtime/client_secrets (operation `create-realtime-client-secret`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.realtime_create_client_secret_request import RealtimeCreateClientSecretRequest
from ...models.realtime_create_client_secret_response import RealtimeCreateClientSecretResponse

OPERATION_ID = "create-realtime-client-secret"
ENDPOINT_ID = "realtime.client_secrets.create"
METHOD = "POST"
PATH = "/realtime/client_secrets"
STREAMABLE = False


def request_kwargs(
    *,
    body: RealtimeCreateClientSecretRequest,
) -> dict[str, Any]:
    """
    Build the request for `realtime.client_secrets.create`.

    Args:
        body (RealtimeCreateClientSecretRequest): Schema `RealtimeCreateClientSecretRequest`.

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


def parse_response(response: httpx.Response) -> RealtimeCreateClientSecretResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RealtimeCreateClientSecretResponse.from_dict(data)

    return response_200
