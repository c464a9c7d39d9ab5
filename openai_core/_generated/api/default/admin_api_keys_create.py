# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.admin_api_keys.create`: POST /organization/admin_api_keys (operation `admin-api-keys-create`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.admin_api_key_create_response import AdminApiKeyCreateResponse
from ...models.admin_api_keys_create_body import AdminApiKeysCreateBody

OPERATION_ID = "admin-api-keys-create"
ENDPOINT_ID = "organization.admin_api_keys.create"
METHOD = "POST"
PATH = "/organization/admin_api_keys"
STREAMABLE = False


def request_kwargs(
    *,
    body: AdminApiKeysCreateBody,
) -> dict[str, Any]:
    """
    Build the request for `organization.admin_api_keys.create`.

    Args:
        body (AdminApiKeysCreateBody):

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


def parse_response(response: httpx.Response) -> AdminApiKeyCreateResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = AdminApiKeyCreateResponse.from_dict(data)

    return response_200
